-- datamove plan ledger_merge, step 1 of 3: accounts: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove ledger_merge:accounts.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."accounts" AS "s"
