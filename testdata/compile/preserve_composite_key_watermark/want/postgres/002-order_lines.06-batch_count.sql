-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   @cutoff      timestamp
--   $2   lo_open      bool
--   $3   lo.order_id  int32
--   $4   lo.line_no   int16
--   $5   hi_open      bool
--   $6   hi.order_id  int32
--   $7   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."order_lines" AS "s"
WHERE ("s"."order_id" IN (SELECT "id" FROM "legacy"."orders" WHERE "updated_at" <= CAST($1 AS timestamp(6) without time zone)))
  AND (CAST($2 AS boolean) OR ("s"."order_id", "s"."line_no") > (CAST($3 AS bigint), CAST($4 AS bigint)))
  AND (CAST($5 AS boolean) OR ("s"."order_id", "s"."line_no") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
