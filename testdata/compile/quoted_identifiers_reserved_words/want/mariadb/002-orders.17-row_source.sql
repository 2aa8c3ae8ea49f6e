-- datamove plan quoted_names, step 2 of 3: orders: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @grp    string
--   ?2   key.id  int32
/* datamove quoted_names:orders.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ID`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `CustomerID`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`group` AS CHAR)), ':', CAST(`b`.`group` AS CHAR)), 'N') AS `group`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`select` THEN '1' WHEN NOT `b`.`select` THEN '0' END), ':', CASE WHEN `b`.`select` THEN '1' WHEN NOT `b`.`select` THEN '0' END), 'N') AS `select`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`Total Amount`, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`Total Amount`, 2) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `Total`
FROM (
  SELECT `s`.`id`, `s`.`CustomerID`, `s`.`group`, `s`.`select`, `s`.`Total Amount`
  FROM `legacy`.`order` AS `s`
  WHERE ((`s`.`group` = ?) OR `s`.`select`)
    AND `s`.`id` = ?
) AS `b`
