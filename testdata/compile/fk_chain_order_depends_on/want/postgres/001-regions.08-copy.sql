-- datamove plan geo_move, step 1 of 5: regions: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into regions, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:regions.copy */
INSERT INTO "geo"."regions" AS "t" ("id", "name")
SELECT "b"."id", "b"."name"
FROM (
  SELECT "s"."id", "s"."name"
  FROM "legacy"."regions" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name"
WHERE ("t"."name") IS DISTINCT FROM (EXCLUDED."name")
