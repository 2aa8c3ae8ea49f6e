-- datamove plan users_to_app, step 1 of 1: users: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove users_to_app:users.count_target */
SELECT COUNT(*) AS "row_count"
FROM "app"."users" AS "t"
