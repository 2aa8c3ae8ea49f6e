-- datamove plan orders_until_cutoff, step 1 of 2: orders: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.count_target */
SELECT COUNT(*) AS "row_count"
FROM "eu"."orders" AS "t"
