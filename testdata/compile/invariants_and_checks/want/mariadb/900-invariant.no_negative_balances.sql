-- datamove plan bank_tenant, invariant no_negative_balances: invariant
-- Runs on the target (mariadb).
-- no moved account is overdrawn
-- Binds:
--   ?1   @tenant_id  number
/* datamove bank_tenant:no_negative_balances.invariant */
SELECT `id`, `balance` FROM `bank`.`accounts` WHERE (`tenant_id` = ?) AND (`balance` < 0)
