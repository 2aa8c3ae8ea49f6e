-- datamove plan warehouse_move, step 2 of 3: stock: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   $1   @warehouse_id  number
/* datamove warehouse_move:stock.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."stock" AS "s"
WHERE ("s"."warehouse_id" = CAST($1 AS bigint))
