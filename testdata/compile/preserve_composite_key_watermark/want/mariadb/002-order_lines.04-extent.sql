-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest order_id of the rows this step reads (the spec's filter applied),
-- for the progress estimate.
-- Binds:
--   ?1   @cutoff  timestamp
/* datamove orders_until_cutoff:order_lines.extent */
SELECT MIN(`s`.`order_id`) AS `min`, MAX(`s`.`order_id`) AS `max`
FROM `legacy`.`order_lines` AS `s`
WHERE (`s`.`order_id` IN (SELECT `id` FROM `legacy`.`orders` WHERE `updated_at` <= ?))
