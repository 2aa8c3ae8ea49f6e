-- datamove plan quoted_names, step 2 of 3: orders: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @grp         string
--   $2   sample_size  number
/* datamove quoted_names:orders.sample_keys */
SELECT "s"."id"
FROM "legacy"."order" AS "s"
WHERE (("s"."group" = CAST($1 AS text)) OR "s"."select")
ORDER BY random()
LIMIT CAST($2 AS bigint)
