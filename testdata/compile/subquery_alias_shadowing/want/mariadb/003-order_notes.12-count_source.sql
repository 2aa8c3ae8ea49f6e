-- datamove plan alias_shadowing, step 3 of 3: order_notes: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @region  string
/* datamove alias_shadowing:order_notes.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`order_notes` AS `s`
WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `s_1` INNER JOIN `legacy`.`customers` AS `t` ON `t`.`id` = `s_1`.`customer_id` WHERE (`s_1`.`id` = `s`.`order_id`) AND (`t`.`region` = ?)))
