-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @cutoff  timestamp
/* datamove orders_until_cutoff:order_lines.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."order_lines" AS "s"
WHERE ("s"."order_id" IN (SELECT "id" FROM "legacy"."orders" WHERE "updated_at" <= CAST($1 AS timestamp(6) without time zone)))
