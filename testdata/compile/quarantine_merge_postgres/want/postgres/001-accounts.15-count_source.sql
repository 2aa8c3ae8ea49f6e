-- datamove plan accounts_merge, step 1 of 1: accounts: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove accounts_merge:accounts.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."accounts" AS "s"
WHERE NOT ("s"."deleted_at" IS NOT NULL)
