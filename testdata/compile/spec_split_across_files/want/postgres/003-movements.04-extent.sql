-- datamove plan warehouse_move, step 3 of 3: movements: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   $1   @warehouse_id  number
/* datamove warehouse_move:movements.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."stock_movements" AS "s"
WHERE ("s"."stock_id" IN (SELECT "id" FROM "legacy"."stock" WHERE "warehouse_id" = CAST($1 AS bigint)))
