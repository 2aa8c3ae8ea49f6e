-- datamove plan catalog_merge, step 3 of 3: products: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.product_id  int32
--   $3   hi_open        bool
--   $4   hi.product_id  int32
/* datamove catalog_merge:products.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."products" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."product_id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."product_id" <= CAST($4 AS bigint))
