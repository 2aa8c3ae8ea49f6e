-- datamove plan alias_shadowing, step 1 of 3: customers: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @region      string
--   $2   sample_size  number
/* datamove alias_shadowing:customers.sample_keys */
SELECT "s"."id"
FROM "legacy"."customers" AS "s"
WHERE ("s"."region" = CAST($1 AS text))
ORDER BY random()
LIMIT CAST($2 AS bigint)
