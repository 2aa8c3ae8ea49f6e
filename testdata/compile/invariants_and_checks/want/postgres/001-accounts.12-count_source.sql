-- datamove plan bank_tenant, step 1 of 2: accounts: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @tenant_id  number
/* datamove bank_tenant:accounts.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."accounts" AS "s"
WHERE ("s"."tenant_id" = CAST($1 AS bigint))
