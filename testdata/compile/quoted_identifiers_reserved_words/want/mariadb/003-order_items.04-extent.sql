-- datamove plan quoted_names, step 3 of 3: order_items: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest OrderID of the rows this step reads (the spec's filter applied),
-- for the progress estimate.
-- Binds:
--   ?1   @grp  string
/* datamove quoted_names:order_items.extent */
SELECT MIN(`s`.`OrderID`) AS `min`, MAX(`s`.`OrderID`) AS `max`
FROM `legacy`.`Order Items` AS `s`
WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
