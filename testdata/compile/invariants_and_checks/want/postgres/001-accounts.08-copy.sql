-- datamove plan bank_tenant, step 1 of 2: accounts: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove bank_tenant:accounts.copy */
INSERT INTO "bank"."accounts" AS "t" ("id", "tenant_id", "email", "balance")
SELECT "b"."id", "b"."tenant_id", "b"."email", round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2)
FROM (
  SELECT "s"."id", "s"."tenant_id", "s"."email", "s"."balance_cents"
  FROM "legacy"."accounts" AS "s"
  WHERE ("s"."tenant_id" = CAST($1 AS bigint))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "tenant_id" = EXCLUDED."tenant_id", "email" = EXCLUDED."email", "balance" = EXCLUDED."balance"
WHERE ("t"."tenant_id", "t"."email", "t"."balance") IS DISTINCT FROM (EXCLUDED."tenant_id", EXCLUDED."email", EXCLUDED."balance")
