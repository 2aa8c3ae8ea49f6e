-- datamove plan alias_shadowing, step 2 of 3: orders: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @region  string
--   ?2   key.id   int32
/* datamove alias_shadowing:orders.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `customer_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`channel` AS CHAR)), ':', CAST(`t`.`channel` AS CHAR)), 'N') AS `channel`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`
FROM `crm`.`orders` AS `t`
WHERE (EXISTS (SELECT 1 FROM `crm`.`customers` AS `t_1` WHERE (`t_1`.`id` = `t`.`customer_id`) AND (`t_1`.`region` = ?)))
  AND `t`.`id` = ?
