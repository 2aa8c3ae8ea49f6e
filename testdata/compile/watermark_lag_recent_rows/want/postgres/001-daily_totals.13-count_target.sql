-- datamove plan event_feed, step 1 of 3: daily_totals: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove event_feed:daily_totals.count_target */
SELECT COUNT(*) AS "row_count"
FROM "feed"."daily_totals" AS "t"
