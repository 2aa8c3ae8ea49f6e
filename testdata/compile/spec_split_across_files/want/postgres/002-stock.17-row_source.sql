-- datamove plan warehouse_move, step 2 of 3: stock: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @warehouse_id  number
--   $2   key.id         int32
/* datamove warehouse_move:stock.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."warehouse_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."warehouse_id" AS numeric(20,0)) AS text), 'N') AS "warehouse_id",
  COALESCE(CAST(char_length(CAST("b"."sku" AS text)) AS text) || ':' || CAST("b"."sku" AS text), 'N') AS "sku",
  COALESCE(CAST(char_length(CAST(CAST("b"."qty" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."qty" AS numeric(20,0)) AS text), 'N') AS "on_hand"
FROM (
  SELECT "s"."id", "s"."warehouse_id", "s"."sku", "s"."qty"
  FROM "legacy"."stock" AS "s"
  WHERE ("s"."warehouse_id" = CAST($1 AS bigint))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
