-- datamove plan geo_move, step 1 of 5: regions: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove geo_move:regions.count_target */
SELECT COUNT(*) AS `row_count`
FROM `geo`.`regions` AS `t`
