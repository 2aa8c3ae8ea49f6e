-- datamove plan geo_move, step 3 of 5: cities: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:cities.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`country_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`country_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `country_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`
FROM (
  SELECT `s`.`id`, `s`.`country_id`, `s`.`name`
  FROM `legacy`.`cities` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
