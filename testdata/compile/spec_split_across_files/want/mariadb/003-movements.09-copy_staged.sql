-- datamove plan warehouse_move, step 3 of 3: movements: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into movements, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove warehouse_move:movements.copy_staged */
INSERT INTO `wms`.`movements` (`id`, `stock_id`, `delta`, `moved_at`)
SELECT `b`.`id`, `b`.`stock_id`, `b`.`delta`, `b`.`moved_at`
FROM `datamove_stage_movements` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`wms`.`movements`.`id` <=> VALUES(`id`), `wms`.`movements`.`id`, NULL),
  `stock_id` = VALUES(`stock_id`),
  `delta` = VALUES(`delta`),
  `moved_at` = VALUES(`moved_at`)
