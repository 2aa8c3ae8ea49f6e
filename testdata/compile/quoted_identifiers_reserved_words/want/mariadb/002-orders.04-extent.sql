-- datamove plan quoted_names, step 2 of 3: orders: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @grp  string
/* datamove quoted_names:orders.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`order` AS `s`
WHERE ((`s`.`group` = ?) OR `s`.`select`)
