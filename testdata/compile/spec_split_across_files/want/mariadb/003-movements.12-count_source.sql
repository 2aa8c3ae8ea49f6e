-- datamove plan warehouse_move, step 3 of 3: movements: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @warehouse_id  number
/* datamove warehouse_move:movements.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`stock_movements` AS `s`
WHERE (`s`.`stock_id` IN (SELECT `id` FROM `legacy`.`stock` WHERE `warehouse_id` = ?))
