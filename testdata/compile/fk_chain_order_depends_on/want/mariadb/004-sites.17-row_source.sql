-- datamove plan geo_move, step 4 of 5: sites: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:sites.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`city_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`city_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `city_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`label` AS CHAR)), ':', CAST(`b`.`label` AS CHAR)), 'N') AS `label`
FROM (
  SELECT `s`.`id`, `s`.`city_id`, `s`.`label`
  FROM `legacy`.`sites` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
