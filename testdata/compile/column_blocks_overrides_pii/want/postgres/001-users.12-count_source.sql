-- datamove plan users_to_app, step 1 of 1: users: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove users_to_app:users.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."users" AS "s"
