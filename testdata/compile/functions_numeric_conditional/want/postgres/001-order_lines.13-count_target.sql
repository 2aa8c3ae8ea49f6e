-- datamove plan order_metrics, step 1 of 1: order_lines: count_target
-- Runs on the target (postgres).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove order_metrics:order_lines.count_target */
SELECT COUNT(*) AS "row_count"
FROM "dw"."line_metrics" AS "t"
