-- datamove plan people_text, step 1 of 1: people: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove people_text:people.count_target */
SELECT COUNT(*) AS `row_count`
FROM `app`.`people` AS `t`
