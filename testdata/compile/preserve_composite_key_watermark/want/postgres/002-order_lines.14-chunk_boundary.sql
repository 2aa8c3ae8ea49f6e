-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (order_id, line_no) of the
-- batch_size-th row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   $1   @cutoff      timestamp
--   $2   lo_open      bool
--   $3   lo.order_id  int32
--   $4   lo.line_no   int16
--   $5   hi_open      bool
--   $6   hi.order_id  int32
--   $7   hi.line_no   int16
--   $8   batch_size   number
/* datamove orders_until_cutoff:order_lines.chunk_boundary */
SELECT "b"."order_id", "b"."line_no", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."order_id", "s"."line_no"
  FROM "legacy"."order_lines" AS "s"
  WHERE ("s"."order_id" IN (SELECT "id" FROM "legacy"."orders" WHERE "updated_at" <= CAST($1 AS timestamp(6) without time zone)))
    AND (CAST($2 AS boolean) OR ("s"."order_id", "s"."line_no") > (CAST($3 AS bigint), CAST($4 AS bigint)))
    AND (CAST($5 AS boolean) OR ("s"."order_id", "s"."line_no") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
  ORDER BY "s"."order_id", "s"."line_no"
  LIMIT CAST($8 AS bigint)
) AS "b"
ORDER BY "b"."order_id" DESC, "b"."line_no" DESC
LIMIT 1
