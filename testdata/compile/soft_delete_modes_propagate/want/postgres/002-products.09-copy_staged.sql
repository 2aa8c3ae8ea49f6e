-- datamove plan crm_soft_deletes, step 2 of 3: products: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into products, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove crm_soft_deletes:products.copy_staged */
INSERT INTO "crm"."products" AS "t" ("id", "sku")
SELECT "b"."id", "b"."sku"
FROM "datamove_stage_products" AS "b"
ON CONFLICT ("id") DO UPDATE SET "sku" = EXCLUDED."sku"
WHERE ("t"."sku") IS DISTINCT FROM (EXCLUDED."sku")
