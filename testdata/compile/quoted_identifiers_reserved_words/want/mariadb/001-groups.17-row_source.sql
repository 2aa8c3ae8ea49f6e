-- datamove plan quoted_names, step 1 of 3: groups: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (group) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.group  varchar(10)
/* datamove quoted_names:groups.row_source */
SELECT `b`.`group`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`group` AS CHAR)), ':', CAST(`b`.`group` AS CHAR)), 'N') AS `group`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`Label` AS CHAR)), ':', CAST(`b`.`Label` AS CHAR)), 'N') AS `Label`
FROM (
  SELECT `s`.`group`, `s`.`Label`
  FROM `legacy`.`group` AS `s`
  WHERE `s`.`group` = ?
) AS `b`
