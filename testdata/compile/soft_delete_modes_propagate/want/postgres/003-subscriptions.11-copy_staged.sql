-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into subscriptions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.copy_staged */
INSERT INTO "crm"."subscriptions" AS "t" ("id", "customer_id", "product_id")
SELECT "b"."id", "b"."customer_id", "b"."product_id"
FROM "datamove_stage_subscriptions" AS "b"
WHERE NOT "b"."dm_deleted"
ON CONFLICT ("id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id", "product_id" = EXCLUDED."product_id"
WHERE ("t"."customer_id", "t"."product_id") IS DISTINCT FROM (EXCLUDED."customer_id", EXCLUDED."product_id")
