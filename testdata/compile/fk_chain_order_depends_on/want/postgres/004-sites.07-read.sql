-- datamove plan geo_move, step 4 of 5: sites: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:sites.read */
SELECT "s"."id", "s"."city_id", "s"."label"
FROM "legacy"."sites" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
ORDER BY "s"."id"
