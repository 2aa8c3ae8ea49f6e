-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (order_id, line_no) of the rows this step moves (as
-- count_source counts them), for a sample compare with row_source and row_target. It reads every
-- row of the scope to pick them.
-- Binds:
--   $1   @cutoff      timestamp
--   $2   sample_size  number
/* datamove orders_until_cutoff:order_lines.sample_keys */
SELECT "s"."order_id", "s"."line_no"
FROM "legacy"."order_lines" AS "s"
WHERE ("s"."order_id" IN (SELECT "id" FROM "legacy"."orders" WHERE "updated_at" <= CAST($1 AS timestamp(6) without time zone)))
ORDER BY random()
LIMIT CAST($2 AS bigint)
