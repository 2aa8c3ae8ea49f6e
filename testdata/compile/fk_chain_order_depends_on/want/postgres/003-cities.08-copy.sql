-- datamove plan geo_move, step 3 of 5: cities: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into cities, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:cities.copy */
INSERT INTO "geo"."cities" AS "t" ("id", "country_id", "name")
SELECT "b"."id", "b"."country_id", "b"."name"
FROM (
  SELECT "s"."id", "s"."country_id", "s"."name"
  FROM "legacy"."cities" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "country_id" = EXCLUDED."country_id", "name" = EXCLUDED."name"
WHERE ("t"."country_id", "t"."name") IS DISTINCT FROM (EXCLUDED."country_id", EXCLUDED."name")
