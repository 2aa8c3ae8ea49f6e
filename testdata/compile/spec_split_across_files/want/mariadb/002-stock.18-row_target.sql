-- datamove plan warehouse_move, step 2 of 3: stock: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove warehouse_move:stock.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`warehouse_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`warehouse_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `warehouse_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`sku` AS CHAR)), ':', CAST(`t`.`sku` AS CHAR)), 'N') AS `sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`on_hand` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`on_hand` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `on_hand`
FROM `wms`.`stock_levels` AS `t`
WHERE `t`.`id` = ?
