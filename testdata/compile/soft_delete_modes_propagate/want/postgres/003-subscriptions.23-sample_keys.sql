-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   sample_size  number
/* datamove crm_soft_deletes:subscriptions.sample_keys */
SELECT "s"."id"
FROM "legacy"."subscriptions" AS "s"
WHERE ("s"."product_id" IN (SELECT "id" FROM "legacy"."products" WHERE NOT "is_discontinued")) AND NOT "s"."cancelled"
ORDER BY random()
LIMIT CAST($1 AS bigint)
