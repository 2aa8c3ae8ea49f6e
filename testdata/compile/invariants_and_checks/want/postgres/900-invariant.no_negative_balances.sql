-- datamove plan bank_tenant, invariant no_negative_balances: invariant
-- Runs on the target (postgres).
-- no moved account is overdrawn
-- Binds:
--   $1   @tenant_id  number
/* datamove bank_tenant:no_negative_balances.invariant */
SELECT "id", "balance" FROM "bank"."accounts" WHERE ("tenant_id" = CAST($1 AS bigint)) AND ("balance" < 0)
