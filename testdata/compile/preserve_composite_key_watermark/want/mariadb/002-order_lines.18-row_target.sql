-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (order_id, line_no) = key (remapped keys translated back):
-- the key, then per checksummed column its canonical text, as row_source gives it for the source.
-- No row: the target has no such row in the step's scope.
-- Binds:
--   ?1   key.order_id  int32
--   ?2   key.line_no   int16
/* datamove orders_until_cutoff:order_lines.row_target */
SELECT `t`.`order_id` AS `order_id`, `t`.`line_no` AS `line_no`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `order_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`line_no` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`line_no` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `line_no`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`sku` AS CHAR)), ':', CAST(`t`.`sku` AS CHAR)), 'N') AS `sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`quantity` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`quantity` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `quantity`
FROM `eu`.`order_lines` AS `t`
WHERE `t`.`order_id` = ? AND `t`.`line_no` = ?
