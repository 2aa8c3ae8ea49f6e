-- datamove plan crm_soft_deletes, step 2 of 3: products: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove crm_soft_deletes:products.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."sku" AS text)) AS text) || ':' || CAST("b"."sku" AS text), 'N') AS "sku"
FROM (
  SELECT "s"."id", "s"."sku"
  FROM "legacy"."products" AS "s"
  WHERE (NOT "s"."is_discontinued")
    AND "s"."id" = CAST($1 AS bigint)
) AS "b"
