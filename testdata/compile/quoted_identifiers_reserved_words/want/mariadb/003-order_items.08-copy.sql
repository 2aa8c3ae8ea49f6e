-- datamove plan quoted_names, step 3 of 3: order_items: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into Order Items, mapped per the spec; a row
-- whose (OrderID, LineNo) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @grp        string
--   ?2   lo_open     bool
--   ?3   lo.OrderID  int32
--   ?4   lo.OrderID  int32
--   ?5   lo.LineNo   int32
--   ?6   hi_open     bool
--   ?7   hi.OrderID  int32
--   ?8   hi.OrderID  int32
--   ?9   hi.LineNo   int32
/* datamove quoted_names:order_items.copy */
INSERT INTO `shop`.`Order Items` (`OrderID`, `LineNo`, `desc`)
SELECT `b`.`OrderID`, `b`.`LineNo`, UPPER(`b`.`desc`)
FROM (
  SELECT `s`.`OrderID`, `s`.`LineNo`, `s`.`desc`
  FROM `legacy`.`Order Items` AS `s`
  WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
    AND (? OR (`s`.`OrderID` > ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` > ?)))
    AND (? OR (`s`.`OrderID` < ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` <= ?)))
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `OrderID` = IF(`shop`.`Order Items`.`OrderID` <=> VALUES(`OrderID`) AND `shop`.`Order Items`.`LineNo` <=> VALUES(`LineNo`), `shop`.`Order Items`.`OrderID`, NULL),
  `desc` = VALUES(`desc`)
