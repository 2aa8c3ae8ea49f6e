-- datamove plan catalog_merge, step 2 of 3: payments: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @include_archived  bool
/* datamove catalog_merge:payments.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`payments` AS `s`
WHERE ((NOT `s`.`archived`) OR ?)
