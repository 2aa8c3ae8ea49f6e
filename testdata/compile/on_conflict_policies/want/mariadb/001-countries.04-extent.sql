-- datamove plan catalog_merge, step 1 of 3: countries: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest code of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove catalog_merge:countries.extent */
SELECT MIN(`s`.`code`) AS `min`, MAX(`s`.`code`) AS `max`
FROM `legacy`.`countries` AS `s`
