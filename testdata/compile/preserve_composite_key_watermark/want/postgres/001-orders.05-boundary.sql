-- datamove plan orders_until_cutoff, step 1 of 2: orders: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (updated_at, id) of the batch_size-th source row
-- after lo in watermark order (no row: the step is done).
-- Binds:
--   $1   @cutoff        timestamp
--   $2   lo_open        bool
--   $3   lo.updated_at  timestamp(6)
--   $4   lo.id          int32
--   $5   batch_size     number
/* datamove orders_until_cutoff:orders.boundary */
SELECT "b"."updated_at", "b"."id"
FROM (
  SELECT "s"."updated_at", "s"."id"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
    AND (CAST($2 AS boolean) OR ("s"."updated_at", "s"."id") > (CAST($3 AS timestamp(6) without time zone), CAST($4 AS bigint)))
  ORDER BY "s"."updated_at", "s"."id"
  LIMIT CAST($5 AS bigint)
) AS "b"
ORDER BY "b"."updated_at" DESC, "b"."id" DESC
LIMIT 1
