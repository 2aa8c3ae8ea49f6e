-- datamove plan catalog_merge, step 3 of 3: products: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into products, mapped per the spec; a row whose
-- (sku) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove catalog_merge:products.copy_staged */
INSERT INTO "shop"."products" AS "t" ("sku", "name", "country_code", "legacy_id")
SELECT "b"."sku", "b"."name", "b"."origin", "b"."product_id"
FROM "datamove_stage_products" AS "b"
ON CONFLICT ("sku") DO UPDATE SET "name" = EXCLUDED."name", "country_code" = EXCLUDED."country_code", "legacy_id" = EXCLUDED."legacy_id"
WHERE ("t"."name", "t"."country_code", "t"."legacy_id") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."country_code", EXCLUDED."legacy_id")
