-- datamove plan event_feed, step 2 of 3: events: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove event_feed:events.count_target */
SELECT COUNT(*) AS `row_count`
FROM `feed`.`events` AS `t`
