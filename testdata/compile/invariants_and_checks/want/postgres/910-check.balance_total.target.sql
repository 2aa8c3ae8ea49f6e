-- datamove plan bank_tenant, check balance_total: check_target
-- Runs on the target (postgres).
-- the tenant's balances add up to the same amount
-- Binds:
--   $1   @tenant_id  number
/* datamove bank_tenant:balance_total.check_target */
SELECT SUM("balance") FROM "bank"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)
