-- datamove plan geo_move, step 1 of 5: regions: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into regions, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:regions.copy_staged */
INSERT INTO "geo"."regions" AS "t" ("id", "name")
SELECT "b"."id", "b"."name"
FROM "datamove_stage_regions" AS "b"
ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name"
WHERE ("t"."name") IS DISTINCT FROM (EXCLUDED."name")
