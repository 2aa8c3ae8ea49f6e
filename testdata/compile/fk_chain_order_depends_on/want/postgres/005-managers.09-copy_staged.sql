-- datamove plan geo_move, step 5 of 5: managers: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into managers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:managers.copy_staged */
INSERT INTO "geo"."managers" AS "t" ("id", "site_id", "full_name")
SELECT "b"."id", "b"."site_id", "b"."full_name"
FROM "datamove_stage_managers" AS "b"
ON CONFLICT ("id") DO UPDATE SET "site_id" = EXCLUDED."site_id", "full_name" = EXCLUDED."full_name"
WHERE ("t"."site_id", "t"."full_name") IS DISTINCT FROM (EXCLUDED."site_id", EXCLUDED."full_name")
