-- datamove plan warehouse_move, step 3 of 3: movements: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into movements, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove warehouse_move:movements.copy_staged */
INSERT INTO "wms"."movements" AS "t" ("id", "stock_id", "delta", "moved_at")
SELECT "b"."id", "b"."stock_id", "b"."delta", "b"."moved_at"
FROM "datamove_stage_movements" AS "b"
ON CONFLICT ("id") DO UPDATE SET "stock_id" = EXCLUDED."stock_id", "delta" = EXCLUDED."delta", "moved_at" = EXCLUDED."moved_at"
WHERE ("t"."stock_id", "t"."delta", "t"."moved_at") IS DISTINCT FROM (EXCLUDED."stock_id", EXCLUDED."delta", EXCLUDED."moved_at")
