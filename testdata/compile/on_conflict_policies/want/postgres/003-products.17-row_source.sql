-- datamove plan catalog_merge, step 3 of 3: products: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (product_id) = key: the key, then per checksummed
-- target column its canonical text (<length>:<text>, N for NULL), the fields checksum_source
-- hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.product_id  int32
/* datamove catalog_merge:products.row_source */
SELECT "b"."product_id",
  COALESCE(CAST(char_length(CAST("b"."sku" AS text)) AS text) || ':' || CAST("b"."sku" AS text), 'N') AS "sku",
  COALESCE(CAST(char_length(CAST("b"."name" AS text)) AS text) || ':' || CAST("b"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(CAST("b"."origin" AS text)) AS text) || ':' || CAST("b"."origin" AS text), 'N') AS "country_code",
  COALESCE(CAST(char_length(CAST(CAST("b"."product_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."product_id" AS numeric(20,0)) AS text), 'N') AS "legacy_id"
FROM (
  SELECT "s"."product_id", "s"."sku", "s"."name", "s"."origin"
  FROM "legacy"."products" AS "s"
  WHERE "s"."product_id" = CAST($1 AS bigint)
) AS "b"
