-- datamove plan quoted_names, step 3 of 3: order_items: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (OrderID, LineNo) of the rows this step moves (as
-- count_source counts them), for a sample compare with row_source and row_target. It reads every
-- row of the scope to pick them.
-- Binds:
--   ?1   @grp         string
--   ?2   sample_size  number
/* datamove quoted_names:order_items.sample_keys */
SELECT `s`.`OrderID`, `s`.`LineNo`
FROM `legacy`.`Order Items` AS `s`
WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
ORDER BY RAND()
LIMIT ?
