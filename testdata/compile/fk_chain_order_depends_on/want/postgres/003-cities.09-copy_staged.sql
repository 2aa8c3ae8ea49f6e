-- datamove plan geo_move, step 3 of 5: cities: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into cities, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:cities.copy_staged */
INSERT INTO "geo"."cities" AS "t" ("id", "country_id", "name")
SELECT "b"."id", "b"."country_id", "b"."name"
FROM "datamove_stage_cities" AS "b"
ON CONFLICT ("id") DO UPDATE SET "country_id" = EXCLUDED."country_id", "name" = EXCLUDED."name"
WHERE ("t"."country_id", "t"."name") IS DISTINCT FROM (EXCLUDED."country_id", EXCLUDED."name")
