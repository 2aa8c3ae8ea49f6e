-- datamove plan ledger_merge, step 2 of 3: entries: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove ledger_merge:entries.count_target */
SELECT COUNT(*) AS "row_count"
FROM "ledger"."entries" AS "t"
