-- datamove plan orders_until_cutoff, step 1 of 2: orders: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (updated_at, id) of the batch_size-th source row
-- after lo in watermark order, at most hi (the end of a key-range part; hi_open when there is
-- none), with batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   $1   @cutoff        timestamp
--   $2   lo_open        bool
--   $3   lo.updated_at  timestamp(6)
--   $4   lo.id          int32
--   $5   hi_open        bool
--   $6   hi.updated_at  timestamp(6)
--   $7   hi.id          int32
--   $8   batch_size     number
/* datamove orders_until_cutoff:orders.boundary */
SELECT "b"."updated_at", "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."updated_at", "s"."id"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
    AND (CAST($2 AS boolean) OR ("s"."updated_at", "s"."id") > (CAST($3 AS timestamp(6) without time zone), CAST($4 AS bigint)))
    AND (CAST($5 AS boolean) OR ("s"."updated_at", "s"."id") <= (CAST($6 AS timestamp(6) without time zone), CAST($7 AS bigint)))
  ORDER BY "s"."updated_at", "s"."id"
  LIMIT CAST($8 AS bigint)
) AS "b"
ORDER BY "b"."updated_at" DESC, "b"."id" DESC
LIMIT 1
