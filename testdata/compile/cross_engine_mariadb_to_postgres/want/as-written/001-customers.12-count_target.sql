-- datamove plan shop_to_postgres, step 1 of 2: customers: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove shop_to_postgres:customers.count_target */
SELECT COUNT(*) AS "row_count"
FROM "shop"."customers" AS "t"
