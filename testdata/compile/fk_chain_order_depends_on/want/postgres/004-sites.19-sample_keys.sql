-- datamove plan geo_move, step 4 of 5: sites: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   sample_size  number
/* datamove geo_move:sites.sample_keys */
SELECT "s"."id"
FROM "legacy"."sites" AS "s"
ORDER BY random()
LIMIT CAST($1 AS bigint)
