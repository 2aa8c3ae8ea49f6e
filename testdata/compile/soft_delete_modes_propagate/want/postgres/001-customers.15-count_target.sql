-- datamove plan crm_soft_deletes, step 1 of 3: customers: count_target
-- Runs on the target (postgres).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   $1   @source_system  string
/* datamove crm_soft_deletes:customers.count_target */
SELECT COUNT(*) AS "row_count"
FROM "crm"."customers" AS "t"
WHERE ("t"."source_system" = CAST($1 AS text))
