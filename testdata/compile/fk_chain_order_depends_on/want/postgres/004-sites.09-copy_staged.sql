-- datamove plan geo_move, step 4 of 5: sites: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into sites, mapped per the spec; a row whose (id)
-- already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:sites.copy_staged */
INSERT INTO "geo"."sites" AS "t" ("id", "city_id", "label")
SELECT "b"."id", "b"."city_id", "b"."label"
FROM "datamove_stage_sites" AS "b"
ON CONFLICT ("id") DO UPDATE SET "city_id" = EXCLUDED."city_id", "label" = EXCLUDED."label"
WHERE ("t"."city_id", "t"."label") IS DISTINCT FROM (EXCLUDED."city_id", EXCLUDED."label")
