-- datamove plan bank_tenant, step 2 of 2: transactions: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @tenant_id  number
/* datamove bank_tenant:transactions.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`transactions` AS `s`
WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
