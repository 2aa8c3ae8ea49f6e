-- datamove plan crm_cleanup, step 1 of 3: customers: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove crm_cleanup:customers.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."customers" AS "s"
