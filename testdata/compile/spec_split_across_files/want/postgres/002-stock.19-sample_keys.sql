-- datamove plan warehouse_move, step 2 of 3: stock: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @warehouse_id  number
--   $2   sample_size    number
/* datamove warehouse_move:stock.sample_keys */
SELECT "s"."id"
FROM "legacy"."stock" AS "s"
WHERE ("s"."warehouse_id" = CAST($1 AS bigint))
ORDER BY random()
LIMIT CAST($2 AS bigint)
