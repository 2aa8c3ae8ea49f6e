-- datamove plan warehouse_move, step 1 of 3: warehouses: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @warehouse_id  number
/* datamove warehouse_move:warehouses.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."warehouses" AS "s"
WHERE ("s"."id" = CAST($1 AS bigint))
