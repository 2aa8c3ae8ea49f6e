-- datamove plan crm_soft_deletes, step 1 of 3: customers: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @source_system  string
--   ?2   key.id          int32
/* datamove crm_soft_deletes:customers.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_deleted` THEN '1' WHEN NOT `t`.`is_deleted` THEN '0' END), ':', CASE WHEN `t`.`is_deleted` THEN '1' WHEN NOT `t`.`is_deleted` THEN '0' END), 'N') AS `is_deleted`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`source_system` AS CHAR)), ':', CAST(`t`.`source_system` AS CHAR)), 'N') AS `source_system`
FROM `crm`.`customers` AS `t`
WHERE (`t`.`source_system` = ?)
  AND `t`.`id` = ?
