-- datamove plan geo_move, step 4 of 5: sites: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:sites.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`city_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`city_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `city_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`label` AS CHAR)), ':', CAST(`t`.`label` AS CHAR)), 'N') AS `label`
FROM `geo`.`sites` AS `t`
WHERE `t`.`id` = ?
