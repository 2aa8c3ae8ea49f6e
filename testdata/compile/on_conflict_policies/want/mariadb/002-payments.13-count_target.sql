-- datamove plan catalog_merge, step 2 of 3: payments: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove catalog_merge:payments.count_target */
SELECT COUNT(*) AS `row_count`
FROM `shop`.`payments` AS `t`
