-- datamove plan warehouse_move, step 2 of 3: stock: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @warehouse_id  number
/* datamove warehouse_move:stock.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."stock" AS "s"
WHERE ("s"."warehouse_id" = CAST($1 AS bigint))
