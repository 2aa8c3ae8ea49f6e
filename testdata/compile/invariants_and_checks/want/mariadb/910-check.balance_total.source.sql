-- datamove plan bank_tenant, check balance_total: check_source
-- Runs on the source (mariadb).
-- the tenant's balances add up to the same amount
-- Binds:
--   ?1   @tenant_id  number
/* datamove bank_tenant:balance_total.check_source */
SELECT SUM(`balance_cents`) / 100 FROM `legacy`.`accounts` WHERE `tenant_id` = ?
