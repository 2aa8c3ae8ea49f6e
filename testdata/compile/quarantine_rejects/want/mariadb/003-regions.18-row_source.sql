-- datamove plan crm_cleanup, step 3 of 3: regions: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (code) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.code  char(2)
/* datamove crm_cleanup:regions.row_source */
SELECT `b`.`code`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`code` AS CHAR)), ':', CAST(`b`.`code` AS CHAR)), 'N') AS `code`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`
FROM (
  SELECT `s`.`code`, `s`.`name`
  FROM `legacy`.`regions` AS `s`
  WHERE `s`.`code` = ?
) AS `b`
