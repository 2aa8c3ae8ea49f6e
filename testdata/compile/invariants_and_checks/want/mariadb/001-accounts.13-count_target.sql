-- datamove plan bank_tenant, step 1 of 2: accounts: count_target
-- Runs on the target (mariadb).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   ?1   @tenant_id  number
/* datamove bank_tenant:accounts.count_target */
SELECT COUNT(*) AS `row_count`
FROM `bank`.`accounts` AS `t`
WHERE (`t`.`tenant_id` = ?)
