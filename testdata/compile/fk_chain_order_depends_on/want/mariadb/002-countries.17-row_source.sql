-- datamove plan geo_move, step 2 of 5: countries: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:countries.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`region_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`region_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `region_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`iso` AS CHAR)), ':', CAST(`b`.`iso` AS CHAR)), 'N') AS `iso`
FROM (
  SELECT `s`.`id`, `s`.`region_id`, `s`.`iso`
  FROM `legacy`.`countries` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
