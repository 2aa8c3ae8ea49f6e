-- datamove plan geo_move, step 5 of 5: managers: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:managers.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`site_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`site_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `site_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`full_name` AS CHAR)), ':', CAST(`t`.`full_name` AS CHAR)), 'N') AS `full_name`
FROM `geo`.`managers` AS `t`
WHERE `t`.`id` = ?
