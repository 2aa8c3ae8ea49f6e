-- datamove plan orders_until_cutoff, step 1 of 2: orders: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   @cutoff        timestamp
--   $2   lo_open        bool
--   $3   lo.updated_at  timestamp(6)
--   $4   lo.id          int32
--   $5   hi_open        bool
--   $6   hi.updated_at  timestamp(6)
--   $7   hi.id          int32
/* datamove orders_until_cutoff:orders.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."orders" AS "s"
WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
  AND (CAST($2 AS boolean) OR ("s"."updated_at", "s"."id") > (CAST($3 AS timestamp(6) without time zone), CAST($4 AS bigint)))
  AND (CAST($5 AS boolean) OR ("s"."updated_at", "s"."id") <= (CAST($6 AS timestamp(6) without time zone), CAST($7 AS bigint)))
