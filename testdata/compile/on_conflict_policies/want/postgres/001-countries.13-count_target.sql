-- datamove plan catalog_merge, step 1 of 3: countries: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove catalog_merge:countries.count_target */
SELECT COUNT(*) AS "row_count"
FROM "shop"."countries" AS "t"
