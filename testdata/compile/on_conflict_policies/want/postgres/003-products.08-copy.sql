-- datamove plan catalog_merge, step 3 of 3: products: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into products, mapped per the spec; a row whose
-- (sku) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.product_id  int32
--   $3   hi_open        bool
--   $4   hi.product_id  int32
/* datamove catalog_merge:products.copy */
INSERT INTO "shop"."products" AS "t" ("sku", "name", "country_code", "legacy_id")
SELECT "b"."sku", "b"."name", "b"."origin", "b"."product_id"
FROM (
  SELECT "s"."product_id", "s"."sku", "s"."name", "s"."origin"
  FROM "legacy"."products" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."product_id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."product_id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("sku") DO UPDATE SET "name" = EXCLUDED."name", "country_code" = EXCLUDED."country_code", "legacy_id" = EXCLUDED."legacy_id"
WHERE ("t"."name", "t"."country_code", "t"."legacy_id") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."country_code", EXCLUDED."legacy_id")
