-- datamove plan quoted_names, step 1 of 3: groups: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove quoted_names:groups.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`group` AS `s`
