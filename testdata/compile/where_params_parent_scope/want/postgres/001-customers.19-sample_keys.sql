-- datamove plan region_move, step 1 of 3: customers: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
--   $4   sample_size   number
/* datamove region_move:customers.sample_keys */
SELECT "s"."id"
FROM "legacy"."customers" AS "s"
WHERE ((("s"."region" = CAST($1 AS text)) AND ("s"."is_active" OR (NOT CAST($2 AS boolean)))) AND ("s"."created_at" >= CAST($3 AS timestamp(6) without time zone)))
ORDER BY random()
LIMIT CAST($4 AS bigint)
