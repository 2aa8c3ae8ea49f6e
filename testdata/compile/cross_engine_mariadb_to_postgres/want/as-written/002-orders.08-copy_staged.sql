-- datamove plan shop_to_postgres, step 2 of 2: orders: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove shop_to_postgres:orders.copy_staged */
INSERT INTO "shop"."orders" AS "t" ("id", "customer_id", "total", "placed_at")
SELECT "b"."id", "b"."customer_id", "b"."total", "b"."placed_at"
FROM "datamove_stage_orders" AS "b"
ON CONFLICT ("id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id", "total" = EXCLUDED."total", "placed_at" = EXCLUDED."placed_at"
WHERE ("t"."customer_id", "t"."total", "t"."placed_at") IS DISTINCT FROM (EXCLUDED."customer_id", EXCLUDED."total", EXCLUDED."placed_at")
