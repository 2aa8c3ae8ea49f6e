-- datamove plan crm_cleanup, step 1 of 3: customers: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove crm_cleanup:customers.row_target */
SELECT `t`.`legacy_id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`credit` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`credit` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `credit`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `balance`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`visits` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`visits` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `visits`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`country` AS CHAR)), ':', CAST(`t`.`country` AS CHAR)), 'N') AS `country`
FROM `app`.`customers` AS `t`
WHERE `t`.`legacy_id` = ?
