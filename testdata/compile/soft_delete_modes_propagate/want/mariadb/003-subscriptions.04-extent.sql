-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`subscriptions` AS `s`
WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
