-- datamove plan geo_move, step 3 of 5: cities: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove geo_move:cities.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`cities` AS `s`
