-- datamove plan geo_move, step 2 of 5: countries: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into countries, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:countries.copy_staged */
INSERT INTO "geo"."countries" AS "t" ("id", "region_id", "iso")
SELECT "b"."id", "b"."region_id", "b"."iso"
FROM "datamove_stage_countries" AS "b"
ON CONFLICT ("id") DO UPDATE SET "region_id" = EXCLUDED."region_id", "iso" = EXCLUDED."iso"
WHERE ("t"."region_id", "t"."iso") IS DISTINCT FROM (EXCLUDED."region_id", EXCLUDED."iso")
