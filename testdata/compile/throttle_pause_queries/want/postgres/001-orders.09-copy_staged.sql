-- datamove plan orders_copy, step 1 of 1: orders: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove orders_copy:orders.copy_staged */
INSERT INTO "shop"."orders" AS "t" ("id", "total")
SELECT "b"."id", "b"."total"
FROM "datamove_stage_orders" AS "b"
ON CONFLICT ("id") DO UPDATE SET "total" = EXCLUDED."total"
WHERE ("t"."total") IS DISTINCT FROM (EXCLUDED."total")
