-- datamove plan events_stamp, step 1 of 1: events: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove events_stamp:events.count_target */
SELECT COUNT(*) AS "row_count"
FROM "app"."events" AS "t"
