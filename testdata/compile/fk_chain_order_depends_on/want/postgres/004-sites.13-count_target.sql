-- datamove plan geo_move, step 4 of 5: sites: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove geo_move:sites.count_target */
SELECT COUNT(*) AS "row_count"
FROM "geo"."sites" AS "t"
