-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (order_id, line_no) = key: the key, then per
-- checksummed target column its canonical text (<length>:<text>, N for NULL), the fields
-- checksum_source hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   $1   @cutoff       timestamp
--   $2   key.order_id  int32
--   $3   key.line_no   int16
/* datamove orders_until_cutoff:order_lines.row_source */
SELECT "b"."order_id", "b"."line_no",
  COALESCE(CAST(char_length(CAST(CAST("b"."order_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."order_id" AS numeric(20,0)) AS text), 'N') AS "order_id",
  COALESCE(CAST(char_length(CAST(CAST("b"."line_no" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."line_no" AS numeric(20,0)) AS text), 'N') AS "line_no",
  COALESCE(CAST(char_length(CAST("b"."sku" AS text)) AS text) || ':' || CAST("b"."sku" AS text), 'N') AS "sku",
  COALESCE(CAST(char_length(CAST(CAST("b"."qty" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."qty" AS numeric(20,0)) AS text), 'N') AS "quantity"
FROM (
  SELECT "s"."order_id", "s"."line_no", "s"."sku", "s"."qty"
  FROM "legacy"."order_lines" AS "s"
  WHERE ("s"."order_id" IN (SELECT "id" FROM "legacy"."orders" WHERE "updated_at" <= CAST($1 AS timestamp(6) without time zone)))
    AND "s"."order_id" = CAST($2 AS bigint) AND "s"."line_no" = CAST($3 AS bigint)
) AS "b"
