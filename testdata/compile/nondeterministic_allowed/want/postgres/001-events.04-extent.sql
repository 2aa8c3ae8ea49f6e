-- datamove plan events_stamp, step 1 of 1: events: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove events_stamp:events.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."events" AS "s"
