-- datamove plan catalog_merge, step 3 of 3: products: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (product_id) = key (remapped keys translated back): the
-- key, then per checksummed column its canonical text, as row_source gives it for the source. No
-- row: the target has no such row in the step's scope.
-- Binds:
--   $1   key.product_id  int32
/* datamove catalog_merge:products.row_target */
SELECT "t"."legacy_id" AS "product_id",
  COALESCE(CAST(char_length(CAST("t"."sku" AS text)) AS text) || ':' || CAST("t"."sku" AS text), 'N') AS "sku",
  COALESCE(CAST(char_length(CAST("t"."name" AS text)) AS text) || ':' || CAST("t"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(CAST("t"."country_code" AS text)) AS text) || ':' || CAST("t"."country_code" AS text), 'N') AS "country_code",
  COALESCE(CAST(char_length(CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text), 'N') AS "legacy_id"
FROM "shop"."products" AS "t"
WHERE "t"."legacy_id" = CAST($1 AS bigint)
