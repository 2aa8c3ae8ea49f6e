-- datamove plan orders_until_cutoff, step 1 of 2: orders: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @cutoff  timestamp
/* datamove orders_until_cutoff:orders.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."orders" AS "s"
WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
