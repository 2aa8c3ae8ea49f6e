-- datamove plan catalog_merge, step 1 of 3: countries: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove catalog_merge:countries.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`countries` AS `s`
