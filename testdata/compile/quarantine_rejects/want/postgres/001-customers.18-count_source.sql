-- datamove plan crm_cleanup, step 1 of 3: customers: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove crm_cleanup:customers.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."customers" AS "s"
