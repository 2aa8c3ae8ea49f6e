-- datamove plan orders_copy, step 1 of 1: orders: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove orders_copy:orders.count_target */
SELECT COUNT(*) AS "row_count"
FROM "shop"."orders" AS "t"
