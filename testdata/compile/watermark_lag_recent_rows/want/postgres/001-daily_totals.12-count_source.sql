-- datamove plan event_feed, step 1 of 3: daily_totals: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove event_feed:daily_totals.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."daily_totals" AS "s"
