-- datamove plan ledger_merge, step 1 of 3: accounts: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   sample_size  number
/* datamove ledger_merge:accounts.sample_keys */
SELECT "s"."id"
FROM "legacy"."accounts" AS "s"
ORDER BY random()
LIMIT CAST($1 AS bigint)
