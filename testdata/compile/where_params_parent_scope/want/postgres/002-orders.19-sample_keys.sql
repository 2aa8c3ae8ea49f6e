-- datamove plan region_move, step 2 of 3: orders: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @region            string
--   $2   @active_only       bool
--   $3   @since             timestamp
--   $4   @excluded_channel  string
--   $5   sample_size        number
/* datamove region_move:orders.sample_keys */
SELECT "s"."id"
FROM "legacy"."orders" AS "s"
WHERE (("s"."customer_id" IN (SELECT "id" FROM "legacy"."customers" WHERE (("region" = CAST($1 AS text)) AND ("is_active" OR (NOT CAST($2 AS boolean)))) AND ("created_at" >= CAST($3 AS timestamp(6) without time zone)))) AND ("s"."channel" <> CAST($4 AS text)))
ORDER BY random()
LIMIT CAST($5 AS bigint)
