-- datamove plan alias_shadowing, step 1 of 3: customers: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove alias_shadowing:customers.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`region` AS CHAR)), ':', CAST(`t`.`region` AS CHAR)), 'N') AS `region`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_active` THEN '1' WHEN NOT `t`.`is_active` THEN '0' END), ':', CASE WHEN `t`.`is_active` THEN '1' WHEN NOT `t`.`is_active` THEN '0' END), 'N') AS `is_active`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`
FROM `crm`.`customers` AS `t`
WHERE `t`.`id` = ?
