-- datamove plan shard_merge, step 2 of 2: invoices: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove shard_merge:invoices.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "shard"."invoices" AS "s"
