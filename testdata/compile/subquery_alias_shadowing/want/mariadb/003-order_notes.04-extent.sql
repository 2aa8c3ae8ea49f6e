-- datamove plan alias_shadowing, step 3 of 3: order_notes: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @region  string
/* datamove alias_shadowing:order_notes.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`order_notes` AS `s`
WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `s_1` INNER JOIN `legacy`.`customers` AS `t` ON `t`.`id` = `s_1`.`customer_id` WHERE (`s_1`.`id` = `s`.`order_id`) AND (`t`.`region` = ?)))
