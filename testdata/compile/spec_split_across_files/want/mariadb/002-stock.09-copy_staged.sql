-- datamove plan warehouse_move, step 2 of 3: stock: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into stock_levels, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove warehouse_move:stock.copy_staged */
INSERT INTO `wms`.`stock_levels` (`id`, `warehouse_id`, `sku`, `on_hand`)
SELECT `b`.`id`, `b`.`warehouse_id`, `b`.`sku`, `b`.`qty`
FROM `datamove_stage_stock_levels` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`wms`.`stock_levels`.`id` <=> VALUES(`id`), `wms`.`stock_levels`.`id`, NULL),
  `warehouse_id` = VALUES(`warehouse_id`),
  `sku` = VALUES(`sku`),
  `on_hand` = VALUES(`on_hand`)
