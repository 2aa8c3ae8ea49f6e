-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @source_system  string
--   ?2   key.id          int32
/* datamove crm_soft_deletes:subscriptions.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `customer_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`product_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`product_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `product_id`
FROM `crm`.`subscriptions` AS `t`
WHERE (`t`.`customer_id` IN (SELECT `id` FROM `crm`.`customers` WHERE `source_system` = ?))
  AND `t`.`id` = ?
