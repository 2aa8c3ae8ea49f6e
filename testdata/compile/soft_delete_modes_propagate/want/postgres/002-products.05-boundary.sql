-- datamove plan crm_soft_deletes, step 2 of 3: products: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   $1   lo_open     bool
--   $2   lo.id       int32
--   $3   batch_size  number
/* datamove crm_soft_deletes:products.boundary */
SELECT "b"."id"
FROM (
  SELECT "s"."id"
  FROM "legacy"."products" AS "s"
  WHERE (NOT "s"."is_discontinued")
    AND (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($3 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
