-- datamove plan region_move, step 3 of 3: order_notes: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove region_move:order_notes.count_target */
SELECT COUNT(*) AS `row_count`
FROM `crm`.`order_notes` AS `t`
