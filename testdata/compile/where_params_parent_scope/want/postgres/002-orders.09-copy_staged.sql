-- datamove plan region_move, step 2 of 3: orders: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove region_move:orders.copy_staged */
INSERT INTO "crm"."orders" AS "t" ("id", "customer_id", "channel", "total")
SELECT "b"."id", "b"."customer_id", "b"."channel", "b"."total"
FROM "datamove_stage_orders" AS "b"
ON CONFLICT ("id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id", "channel" = EXCLUDED."channel", "total" = EXCLUDED."total"
WHERE ("t"."customer_id", "t"."channel", "t"."total") IS DISTINCT FROM (EXCLUDED."customer_id", EXCLUDED."channel", EXCLUDED."total")
