-- datamove plan bank_tenant, step 1 of 2: accounts: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove bank_tenant:accounts.read */
SELECT "s"."id", "s"."tenant_id", "s"."email", "s"."balance_cents"
FROM "legacy"."accounts" AS "s"
WHERE ("s"."tenant_id" = CAST($1 AS bigint))
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
