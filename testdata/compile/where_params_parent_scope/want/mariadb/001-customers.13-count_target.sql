-- datamove plan region_move, step 1 of 3: customers: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove region_move:customers.count_target */
SELECT COUNT(*) AS `row_count`
FROM `crm`.`customers` AS `t`
