-- datamove plan orders_until_cutoff, step 1 of 2: orders: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @cutoff      timestamp
--   $2   sample_size  number
/* datamove orders_until_cutoff:orders.sample_keys */
SELECT "s"."id"
FROM "legacy"."orders" AS "s"
WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
ORDER BY random()
LIMIT CAST($2 AS bigint)
