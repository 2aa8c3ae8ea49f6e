-- datamove plan event_feed, step 3 of 3: sources: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove event_feed:sources.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."sources" AS "s"
