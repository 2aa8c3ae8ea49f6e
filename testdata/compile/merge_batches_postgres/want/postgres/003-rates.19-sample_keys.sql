-- datamove plan ledger_merge, step 3 of 3: rates: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (currency, day) of the rows this step moves (as
-- count_source counts them), for a sample compare with row_source and row_target. It reads every
-- row of the scope to pick them.
-- Binds:
--   $1   sample_size  number
/* datamove ledger_merge:rates.sample_keys */
SELECT "s"."currency", "s"."day"
FROM "legacy"."rates" AS "s"
ORDER BY random()
LIMIT CAST($1 AS bigint)
