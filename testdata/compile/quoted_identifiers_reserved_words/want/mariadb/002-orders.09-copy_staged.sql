-- datamove plan quoted_names, step 2 of 3: orders: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into Orders, mapped per the spec; a row whose
-- (ID) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove quoted_names:orders.copy_staged */
INSERT INTO `shop`.`Orders` (`ID`, `CustomerID`, `group`, `select`, `Total`)
SELECT `b`.`id`, `b`.`CustomerID`, `b`.`group`, `b`.`select`, ROUND(`b`.`Total Amount`, 2)
FROM `datamove_stage_Orders` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `ID` = IF(`shop`.`Orders`.`ID` <=> VALUES(`ID`), `shop`.`Orders`.`ID`, NULL),
  `CustomerID` = VALUES(`CustomerID`),
  `group` = VALUES(`group`),
  `select` = VALUES(`select`),
  `Total` = VALUES(`Total`)
