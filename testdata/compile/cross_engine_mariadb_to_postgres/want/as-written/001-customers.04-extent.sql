-- datamove plan shop_to_postgres, step 1 of 2: customers: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @since  timestamp
/* datamove shop_to_postgres:customers.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`customers` AS `s`
WHERE (`s`.`created_at` >= ?)
