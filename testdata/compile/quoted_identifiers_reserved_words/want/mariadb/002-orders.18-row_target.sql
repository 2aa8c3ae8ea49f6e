-- datamove plan quoted_names, step 2 of 3: orders: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove quoted_names:orders.row_target */
SELECT `t`.`ID` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ID` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ID`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `CustomerID`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`group` AS CHAR)), ':', CAST(`t`.`group` AS CHAR)), 'N') AS `group`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`select` THEN '1' WHEN NOT `t`.`select` THEN '0' END), ':', CASE WHEN `t`.`select` THEN '1' WHEN NOT `t`.`select` THEN '0' END), 'N') AS `select`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`Total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`Total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `Total`
FROM `shop`.`Orders` AS `t`
WHERE `t`.`ID` = ?
