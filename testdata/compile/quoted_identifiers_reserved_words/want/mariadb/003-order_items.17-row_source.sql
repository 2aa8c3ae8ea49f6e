-- datamove plan quoted_names, step 3 of 3: order_items: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (OrderID, LineNo) = key: the key, then per
-- checksummed target column its canonical text (<length>:<text>, N for NULL), the fields
-- checksum_source hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @grp         string
--   ?2   key.OrderID  int32
--   ?3   key.LineNo   int32
/* datamove quoted_names:order_items.row_source */
SELECT `b`.`OrderID`, `b`.`LineNo`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `OrderID`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `LineNo`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(UPPER(`b`.`desc`) AS CHAR)), ':', CAST(UPPER(`b`.`desc`) AS CHAR)), 'N') AS `desc`
FROM (
  SELECT `s`.`OrderID`, `s`.`LineNo`, `s`.`desc`
  FROM `legacy`.`Order Items` AS `s`
  WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
    AND `s`.`OrderID` = ? AND `s`.`LineNo` = ?
) AS `b`
