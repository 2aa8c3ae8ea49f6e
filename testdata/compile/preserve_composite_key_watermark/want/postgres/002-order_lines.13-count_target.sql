-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove orders_until_cutoff:order_lines.count_target */
SELECT COUNT(*) AS "row_count"
FROM "eu"."order_lines" AS "t"
