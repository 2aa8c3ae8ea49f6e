-- datamove plan catalog_merge, step 2 of 3: payments: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int64
/* datamove catalog_merge:payments.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`amount` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`amount` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `amount`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`paid_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`paid_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `paid_at`
FROM `shop`.`payments` AS `t`
WHERE `t`.`id` = ?
