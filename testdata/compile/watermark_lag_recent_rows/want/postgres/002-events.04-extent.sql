-- datamove plan event_feed, step 2 of 3: events: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest created_at of the rows this step reads (the spec's filter
-- applied), for the progress estimate.
-- Binds nothing.
/* datamove event_feed:events.extent */
SELECT MIN("s"."created_at") AS "min", MAX("s"."created_at") AS "max"
FROM "legacy"."events" AS "s"
