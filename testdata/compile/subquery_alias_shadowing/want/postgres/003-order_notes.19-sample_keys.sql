-- datamove plan alias_shadowing, step 3 of 3: order_notes: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @region      string
--   $2   sample_size  number
/* datamove alias_shadowing:order_notes.sample_keys */
SELECT "s"."id"
FROM "legacy"."order_notes" AS "s"
WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "s_1" INNER JOIN "legacy"."customers" AS "t" ON "t"."id" = "s_1"."customer_id" WHERE ("s_1"."id" = "s"."order_id") AND ("t"."region" = CAST($1 AS text))))
ORDER BY random()
LIMIT CAST($2 AS bigint)
