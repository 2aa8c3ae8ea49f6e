-- datamove plan geo_move, step 4 of 5: sites: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove geo_move:sites.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`sites` AS `s`
