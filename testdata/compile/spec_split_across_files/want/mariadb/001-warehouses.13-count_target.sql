-- datamove plan warehouse_move, step 1 of 3: warehouses: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove warehouse_move:warehouses.count_target */
SELECT COUNT(*) AS `row_count`
FROM `wms`.`warehouses` AS `t`
