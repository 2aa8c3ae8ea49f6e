-- datamove plan tenant_move, step 2 of 2: customers: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   key.id      int32
/* datamove tenant_move:customers.row_target */
SELECT `t`.`legacy_id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`kt_store_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`kt_store_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `store_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `balance`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `tenant_id`
FROM `eu`.`customers` AS `t`
LEFT JOIN `eu`.`datamove_keymap_stores` AS `kt_store_id` ON `kt_store_id`.`new_key` = `t`.`store_id`
WHERE (`t`.`tenant_id` = ?)
  AND `t`.`legacy_id` = ?
