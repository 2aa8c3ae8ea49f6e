-- datamove plan bank_tenant, check transaction_profile: check_source
-- Runs on the source (mariadb).
-- the tenant's transactions have the same count, spread and average
-- Binds:
--   ?1   @tenant_id  number
/* datamove bank_tenant:transaction_profile.check_source */
SELECT COUNT(*), COUNT(DISTINCT `t`.`account_id`), MIN(`t`.`posted_at`), MAX(`t`.`posted_at`), ROUND(AVG(`t`.`amount_cents`) / 100, 2) FROM `legacy`.`transactions` AS `t` INNER JOIN `legacy`.`accounts` AS `a` ON `a`.`id` = `t`.`account_id` WHERE `a`.`tenant_id` = ?
