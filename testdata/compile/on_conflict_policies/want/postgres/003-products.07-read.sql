-- datamove plan catalog_merge, step 3 of 3: products: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.product_id  int32
--   $3   hi_open        bool
--   $4   hi.product_id  int32
/* datamove catalog_merge:products.read */
SELECT "s"."product_id", "s"."sku", "s"."name", "s"."origin"
FROM "legacy"."products" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."product_id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."product_id" <= CAST($4 AS bigint))
ORDER BY "s"."product_id"
