-- datamove plan alias_shadowing, step 1 of 3: customers: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @region  string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove alias_shadowing:customers.read */
SELECT "s"."id", "s"."region", "s"."is_active", "s"."name", "s"."created_at"
FROM "legacy"."customers" AS "s"
WHERE ("s"."region" = CAST($1 AS text))
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
