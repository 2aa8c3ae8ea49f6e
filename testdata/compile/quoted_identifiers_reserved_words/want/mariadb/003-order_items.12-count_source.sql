-- datamove plan quoted_names, step 3 of 3: order_items: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @grp  string
/* datamove quoted_names:order_items.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`Order Items` AS `s`
WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
