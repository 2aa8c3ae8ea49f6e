-- datamove plan events_stamp, step 1 of 1: events: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove events_stamp:events.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."events" AS "s"
