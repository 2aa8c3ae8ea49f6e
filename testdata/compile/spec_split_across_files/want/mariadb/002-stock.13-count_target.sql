-- datamove plan warehouse_move, step 2 of 3: stock: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove warehouse_move:stock.count_target */
SELECT COUNT(*) AS `row_count`
FROM `wms`.`stock_levels` AS `t`
