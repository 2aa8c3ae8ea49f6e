-- datamove plan region_move, step 1 of 3: customers: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @region       string
--   ?2   @active_only  bool
--   ?3   @since        timestamp
/* datamove region_move:customers.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`customers` AS `s`
WHERE (((`s`.`region` = ?) AND (`s`.`is_active` OR (NOT ?))) AND (`s`.`created_at` >= ?))
