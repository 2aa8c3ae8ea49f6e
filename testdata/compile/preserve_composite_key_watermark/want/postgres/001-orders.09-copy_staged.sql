-- datamove plan orders_until_cutoff, step 1 of 2: orders: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.copy_staged */
INSERT INTO "eu"."orders" AS "t" ("id", "customer_ref", "total", "updated_at")
SELECT "b"."id", "b"."customer_ref", "b"."total", "b"."updated_at"
FROM "datamove_stage_orders" AS "b"
ON CONFLICT ("id") DO UPDATE SET "customer_ref" = EXCLUDED."customer_ref", "total" = EXCLUDED."total", "updated_at" = EXCLUDED."updated_at"
WHERE ("t"."customer_ref", "t"."total", "t"."updated_at") IS DISTINCT FROM (EXCLUDED."customer_ref", EXCLUDED."total", EXCLUDED."updated_at")
