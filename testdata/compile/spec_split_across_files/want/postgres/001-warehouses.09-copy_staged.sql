-- datamove plan warehouse_move, step 1 of 3: warehouses: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into warehouses, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove warehouse_move:warehouses.copy_staged */
INSERT INTO "wms"."warehouses" AS "t" ("id", "name")
SELECT "b"."id", "b"."name"
FROM "datamove_stage_warehouses" AS "b"
ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name"
WHERE ("t"."name") IS DISTINCT FROM (EXCLUDED."name")
