-- datamove plan geo_move, step 2 of 5: countries: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove geo_move:countries.count_target */
SELECT COUNT(*) AS `row_count`
FROM `geo`.`countries` AS `t`
