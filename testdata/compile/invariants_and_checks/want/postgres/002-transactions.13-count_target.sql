-- datamove plan bank_tenant, step 2 of 2: transactions: count_target
-- Runs on the target (postgres).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   $1   @tenant_id  number
/* datamove bank_tenant:transactions.count_target */
SELECT COUNT(*) AS "row_count"
FROM "bank"."transactions" AS "t"
WHERE ("t"."account_id" IN (SELECT "id" FROM "bank"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)))
