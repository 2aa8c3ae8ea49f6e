-- datamove plan shard_merge, step 2 of 2: invoices: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove shard_merge:invoices.count_source */
SELECT COUNT(*) AS "row_count"
FROM "shard"."invoices" AS "s"
