-- datamove plan crm_cleanup, step 2 of 3: orders: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove crm_cleanup:orders.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`kt_customer_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`kt_customer_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `customer_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`note` AS CHAR)), ':', CAST(`t`.`note` AS CHAR)), 'N') AS `note`
FROM `app`.`orders` AS `t`
LEFT JOIN `app`.`datamove_keymap_customers` AS `kt_customer_id` ON `kt_customer_id`.`new_key` = `t`.`customer_id`
WHERE `t`.`id` = ?
