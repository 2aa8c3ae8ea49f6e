-- datamove plan quoted_names, step 3 of 3: order_items: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove quoted_names:order_items.count_target */
SELECT COUNT(*) AS "row_count"
FROM "shop"."Order Items" AS "t"
