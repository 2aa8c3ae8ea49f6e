-- datamove plan orders_until_cutoff, step 1 of 2: orders: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest updated_at of the rows this step reads (the spec's filter
-- applied), for the progress estimate.
-- Binds:
--   ?1   @cutoff  timestamp
/* datamove orders_until_cutoff:orders.extent */
SELECT MIN(`s`.`updated_at`) AS `min`, MAX(`s`.`updated_at`) AS `max`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`updated_at` <= ?)
