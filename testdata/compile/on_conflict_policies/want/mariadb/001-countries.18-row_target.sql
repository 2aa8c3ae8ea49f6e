-- datamove plan catalog_merge, step 1 of 3: countries: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (code) = key (remapped keys translated back): the key,
-- then per checksummed column its canonical text, as row_source gives it for the source. No row:
-- the target has no such row in the step's scope.
-- Binds:
--   ?1   key.code  char(2)
/* datamove catalog_merge:countries.row_target */
SELECT `t`.`code` AS `code`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code` AS CHAR)), ':', CAST(`t`.`code` AS CHAR)), 'N') AS `code`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N') AS `name`
FROM `shop`.`countries` AS `t`
WHERE `t`.`code` = ?
