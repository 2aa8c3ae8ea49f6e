-- datamove plan ledger_merge, step 2 of 3: entries: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove ledger_merge:entries.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."entries" AS "s"
WHERE NOT "s"."voided"
