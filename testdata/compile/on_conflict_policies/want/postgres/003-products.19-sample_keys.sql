-- datamove plan catalog_merge, step 3 of 3: products: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (product_id) of the rows this step moves (as count_source
-- counts them), for a sample compare with row_source and row_target. It reads every row of the
-- scope to pick them.
-- Binds:
--   $1   sample_size  number
/* datamove catalog_merge:products.sample_keys */
SELECT "s"."product_id"
FROM "legacy"."products" AS "s"
ORDER BY random()
LIMIT CAST($1 AS bigint)
