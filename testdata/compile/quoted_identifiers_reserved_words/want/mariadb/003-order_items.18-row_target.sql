-- datamove plan quoted_names, step 3 of 3: order_items: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (OrderID, LineNo) = key (remapped keys translated back):
-- the key, then per checksummed column its canonical text, as row_source gives it for the source.
-- No row: the target has no such row in the step's scope.
-- Binds:
--   ?1   key.OrderID  int32
--   ?2   key.LineNo   int32
/* datamove quoted_names:order_items.row_target */
SELECT `t`.`OrderID` AS `OrderID`, `t`.`LineNo` AS `LineNo`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `OrderID`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `LineNo`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`desc` AS CHAR)), ':', CAST(`t`.`desc` AS CHAR)), 'N') AS `desc`
FROM `shop`.`Order Items` AS `t`
WHERE `t`.`OrderID` = ? AND `t`.`LineNo` = ?
