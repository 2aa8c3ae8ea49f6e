-- datamove plan catalog_merge, step 3 of 3: products: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (product_id) of the batch_size-th source row
-- after lo in watermark order (no row: the step is done).
-- Binds:
--   $1   lo_open        bool
--   $2   lo.product_id  int32
--   $3   batch_size     number
/* datamove catalog_merge:products.boundary */
SELECT "b"."product_id"
FROM (
  SELECT "s"."product_id"
  FROM "legacy"."products" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."product_id" > CAST($2 AS bigint))
  ORDER BY "s"."product_id"
  LIMIT CAST($3 AS bigint)
) AS "b"
ORDER BY "b"."product_id" DESC
LIMIT 1
