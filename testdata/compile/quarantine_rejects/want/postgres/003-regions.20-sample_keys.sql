-- datamove plan crm_cleanup, step 3 of 3: regions: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (code) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   sample_size  number
/* datamove crm_cleanup:regions.sample_keys */
SELECT "s"."code"
FROM "legacy"."regions" AS "s"
ORDER BY random()
LIMIT CAST($1 AS bigint)
