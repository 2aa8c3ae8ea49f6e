-- datamove plan warehouse_move, step 3 of 3: movements: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   @warehouse_id  number
--   $2   sample_size    number
/* datamove warehouse_move:movements.sample_keys */
SELECT "s"."id"
FROM "legacy"."stock_movements" AS "s"
WHERE ("s"."stock_id" IN (SELECT "id" FROM "legacy"."stock" WHERE "warehouse_id" = CAST($1 AS bigint)))
ORDER BY random()
LIMIT CAST($2 AS bigint)
