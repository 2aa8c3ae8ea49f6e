-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (order_id, line_no) = key (remapped keys translated back):
-- the key, then per checksummed column its canonical text, as row_source gives it for the source.
-- No row: the target has no such row in the step's scope.
-- Binds:
--   $1   key.order_id  int32
--   $2   key.line_no   int16
/* datamove orders_until_cutoff:order_lines.row_target */
SELECT "t"."order_id" AS "order_id", "t"."line_no" AS "line_no",
  COALESCE(CAST(char_length(CAST(CAST("t"."order_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."order_id" AS numeric(20,0)) AS text), 'N') AS "order_id",
  COALESCE(CAST(char_length(CAST(CAST("t"."line_no" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."line_no" AS numeric(20,0)) AS text), 'N') AS "line_no",
  COALESCE(CAST(char_length(CAST("t"."sku" AS text)) AS text) || ':' || CAST("t"."sku" AS text), 'N') AS "sku",
  COALESCE(CAST(char_length(CAST(CAST("t"."quantity" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."quantity" AS numeric(20,0)) AS text), 'N') AS "quantity"
FROM "eu"."order_lines" AS "t"
WHERE "t"."order_id" = CAST($1 AS bigint) AND "t"."line_no" = CAST($2 AS bigint)
