-- datamove plan quoted_names, step 3 of 3: order_items: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
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
/* datamove quoted_names:order_items.read */
SELECT `s`.`OrderID`, `s`.`LineNo`, `s`.`desc`
FROM `legacy`.`Order Items` AS `s`
WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
  AND (? OR (`s`.`OrderID` > ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` > ?)))
  AND (? OR (`s`.`OrderID` < ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` <= ?)))
ORDER BY `s`.`OrderID`, `s`.`LineNo`
