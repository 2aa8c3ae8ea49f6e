-- datamove plan shard_merge, step 1 of 2: accounts: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove shard_merge:accounts.count_source */
SELECT COUNT(*) AS "row_count"
FROM "shard"."accounts" AS "s"
