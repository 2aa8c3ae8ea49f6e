-- datamove plan warehouse_move, step 2 of 3: stock: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into stock_levels, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove warehouse_move:stock.copy_staged */
INSERT INTO "wms"."stock_levels" AS "t" ("id", "warehouse_id", "sku", "on_hand")
SELECT "b"."id", "b"."warehouse_id", "b"."sku", "b"."qty"
FROM "datamove_stage_stock_levels" AS "b"
ON CONFLICT ("id") DO UPDATE SET "warehouse_id" = EXCLUDED."warehouse_id", "sku" = EXCLUDED."sku", "on_hand" = EXCLUDED."on_hand"
WHERE ("t"."warehouse_id", "t"."sku", "t"."on_hand") IS DISTINCT FROM (EXCLUDED."warehouse_id", EXCLUDED."sku", EXCLUDED."on_hand")
