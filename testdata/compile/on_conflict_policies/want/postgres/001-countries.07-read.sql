-- datamove plan catalog_merge, step 1 of 3: countries: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove catalog_merge:countries.read */
SELECT "s"."code", "s"."name"
FROM "legacy"."countries" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."code" > CAST($2 AS bpchar))
  AND (CAST($3 AS boolean) OR "s"."code" <= CAST($4 AS bpchar))
ORDER BY "s"."code"
