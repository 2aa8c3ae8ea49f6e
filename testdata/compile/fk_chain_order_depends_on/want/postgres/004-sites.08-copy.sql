-- datamove plan geo_move, step 4 of 5: sites: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into sites, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:sites.copy */
INSERT INTO "geo"."sites" AS "t" ("id", "city_id", "label")
SELECT "b"."id", "b"."city_id", "b"."label"
FROM (
  SELECT "s"."id", "s"."city_id", "s"."label"
  FROM "legacy"."sites" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "city_id" = EXCLUDED."city_id", "label" = EXCLUDED."label"
WHERE ("t"."city_id", "t"."label") IS DISTINCT FROM (EXCLUDED."city_id", EXCLUDED."label")
