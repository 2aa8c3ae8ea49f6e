-- datamove plan quoted_names, step 3 of 3: order_items: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into Order Items, mapped per the spec; a row
-- whose (OrderID, LineNo) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove quoted_names:order_items.copy_staged */
INSERT INTO `shop`.`Order Items` (`OrderID`, `LineNo`, `desc`)
SELECT `b`.`OrderID`, `b`.`LineNo`, UPPER(`b`.`desc`)
FROM `datamove_stage_Order Items` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `OrderID` = IF(`shop`.`Order Items`.`OrderID` <=> VALUES(`OrderID`) AND `shop`.`Order Items`.`LineNo` <=> VALUES(`LineNo`), `shop`.`Order Items`.`OrderID`, NULL),
  `desc` = VALUES(`desc`)
