-- datamove plan tenant_move, step 2 of 2: customers: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove tenant_move:customers.read */
SELECT "s"."id", "s"."store_id", "s"."email", "s"."created_at", "s"."balance_cents"
FROM "legacy"."customers" AS "s"
WHERE (("s"."store_id" IN (SELECT "id" FROM "legacy"."stores" WHERE "tenant_id" = CAST($1 AS bigint))) AND (NOT ("s"."deleted_at" IS NOT NULL)))
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
