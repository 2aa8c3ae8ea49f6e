-- datamove plan orders_until_cutoff, step 1 of 2: orders: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove orders_until_cutoff:orders.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`customer_ref` AS CHAR)), ':', CAST(`t`.`customer_ref` AS CHAR)), 'N') AS `customer_ref`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`updated_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`updated_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `updated_at`
FROM `eu`.`orders` AS `t`
WHERE `t`.`id` = ?
