-- datamove plan shop_to_postgres, step 2 of 2: orders: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @since  timestamp
/* datamove shop_to_postgres:orders.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
