-- datamove plan accounts_merge, step 1 of 1: accounts: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove accounts_merge:accounts.count_target */
SELECT COUNT(*) AS "row_count"
FROM "app"."accounts" AS "t"
