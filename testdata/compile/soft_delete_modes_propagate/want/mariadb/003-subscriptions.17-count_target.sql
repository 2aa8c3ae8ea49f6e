-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: count_target
-- Runs on the target (mariadb).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   ?1   @source_system  string
/* datamove crm_soft_deletes:subscriptions.count_target */
SELECT COUNT(*) AS `row_count`
FROM `crm`.`subscriptions` AS `t`
WHERE (`t`.`customer_id` IN (SELECT `id` FROM `crm`.`customers` WHERE `source_system` = ?))
