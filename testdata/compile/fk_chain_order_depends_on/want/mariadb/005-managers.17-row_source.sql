-- datamove plan geo_move, step 5 of 5: managers: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove geo_move:managers.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`site_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`site_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `site_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`full_name` AS CHAR)), ':', CAST(`b`.`full_name` AS CHAR)), 'N') AS `full_name`
FROM (
  SELECT `s`.`id`, `s`.`site_id`, `s`.`full_name`
  FROM `legacy`.`site_managers` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
