-- datamove plan quoted_names, step 3 of 3: order_items: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
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
/* datamove quoted_names:order_items.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`Order Items` AS `s`
WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
  AND (? OR (`s`.`OrderID` > ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` > ?)))
  AND (? OR (`s`.`OrderID` < ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` <= ?)))
