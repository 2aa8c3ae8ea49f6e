-- datamove plan crm_cleanup, step 3 of 3: regions: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove crm_cleanup:regions.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`regions` AS `s`
