-- datamove plan quoted_names, step 1 of 3: groups: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (group) = key (remapped keys translated back): the key,
-- then per checksummed column its canonical text, as row_source gives it for the source. No row:
-- the target has no such row in the step's scope.
-- Binds:
--   ?1   key.group  varchar(10)
/* datamove quoted_names:groups.row_target */
SELECT `t`.`group` AS `group`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`group` AS CHAR)), ':', CAST(`t`.`group` AS CHAR)), 'N') AS `group`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`Label` AS CHAR)), ':', CAST(`t`.`Label` AS CHAR)), 'N') AS `Label`
FROM `shop`.`group` AS `t`
WHERE `t`.`group` = ?
