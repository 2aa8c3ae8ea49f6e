-- datamove plan quoted_names, step 3 of 3: order_items: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (OrderID, LineNo) of the
-- batch_size-th row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
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
--   ?10  batch_size  number
/* datamove quoted_names:order_items.chunk_boundary */
SELECT `b`.`OrderID`, `b`.`LineNo`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`OrderID`, `s`.`LineNo`
  FROM `legacy`.`Order Items` AS `s`
  WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
    AND (? OR (`s`.`OrderID` > ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` > ?)))
    AND (? OR (`s`.`OrderID` < ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` <= ?)))
  ORDER BY `s`.`OrderID`, `s`.`LineNo`
  LIMIT ?
) AS `b`
ORDER BY `b`.`OrderID` DESC, `b`.`LineNo` DESC
LIMIT 1
