-- datamove plan crm_cleanup, step 3 of 3: regions: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest code of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove crm_cleanup:regions.extent */
SELECT MIN(`s`.`code`) AS `min`, MAX(`s`.`code`) AS `max`
FROM `legacy`.`regions` AS `s`
