-- datamove plan alias_shadowing, step 2 of 3: orders: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   $1   @region     string
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   batch_size  number
/* datamove alias_shadowing:orders.boundary */
SELECT "b"."id"
FROM (
  SELECT "s"."id"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."customer_id" IN (SELECT "s_1"."id" FROM "legacy"."customers" AS "s_1" WHERE ("s_1"."region" = CAST($1 AS text)) AND ("s_1"."id" IN (SELECT "s_2"."customer_id" FROM "legacy"."orders" AS "s_2" WHERE "s_2"."id" = "s"."id"))))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($4 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
