-- datamove plan event_feed, step 2 of 3: events: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove event_feed:events.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."events" AS "s"
