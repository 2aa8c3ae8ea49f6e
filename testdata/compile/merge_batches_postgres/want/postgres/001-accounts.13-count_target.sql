-- datamove plan ledger_merge, step 1 of 3: accounts: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove ledger_merge:accounts.count_target */
SELECT COUNT(*) AS "row_count"
FROM "ledger"."accounts" AS "t"
