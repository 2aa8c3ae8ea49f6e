-- datamove plan ledger_merge, step 3 of 3: rates: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove ledger_merge:rates.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."rates" AS "s"
