-- datamove plan tenant_move, step 2 of 2: customers: count_target
-- Runs on the target (mariadb).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   ?1   @tenant_id  number
/* datamove tenant_move:customers.count_target */
SELECT COUNT(*) AS `row_count`
FROM `eu`.`customers` AS `t`
WHERE (`t`.`tenant_id` = ?)
