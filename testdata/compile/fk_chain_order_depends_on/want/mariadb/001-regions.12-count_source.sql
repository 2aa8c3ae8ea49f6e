-- datamove plan geo_move, step 1 of 5: regions: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove geo_move:regions.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`regions` AS `s`
