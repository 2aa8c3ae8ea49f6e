-- datamove plan crm_soft_deletes, step 2 of 3: products: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove crm_soft_deletes:products.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."products" AS "s"
WHERE (NOT "s"."is_discontinued")
