-- datamove plan warehouse_move, step 3 of 3: movements: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int64
/* datamove warehouse_move:movements.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`stock_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`stock_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `stock_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`delta` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`delta` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `delta`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`moved_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`moved_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `moved_at`
FROM `wms`.`movements` AS `t`
WHERE `t`.`id` = ?
