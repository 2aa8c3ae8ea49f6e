-- datamove plan warehouse_move, step 1 of 3: warehouses: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @warehouse_id  number
/* datamove warehouse_move:warehouses.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`warehouses` AS `s`
WHERE (`s`.`id` = ?)
