-- datamove plan crm_cleanup, step 3 of 3: regions: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove crm_cleanup:regions.count_target */
SELECT COUNT(*) AS "row_count"
FROM "app"."regions" AS "t"
