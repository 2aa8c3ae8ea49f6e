-- datamove plan bank_tenant, check balance_total: check_source
-- Runs on the source (postgres).
-- the tenant's balances add up to the same amount
-- Binds:
--   $1   @tenant_id  number
/* datamove bank_tenant:balance_total.check_source */
SELECT (round(SUM("balance_cents"), 38) / 100) FROM "legacy"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)
