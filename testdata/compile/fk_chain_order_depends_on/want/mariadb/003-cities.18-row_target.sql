-- datamove plan geo_move, step 3 of 5: cities: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:cities.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`country_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`country_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `country_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N') AS `name`
FROM `geo`.`cities` AS `t`
WHERE `t`.`id` = ?
