-- datamove plan quoted_names, step 3 of 3: order_items: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (OrderID, LineNo) = key (remapped keys translated back):
-- the key, then per checksummed column its canonical text, as row_source gives it for the source.
-- No row: the target has no such row in the step's scope.
-- Binds:
--   $1   key.OrderID  int32
--   $2   key.LineNo   int32
/* datamove quoted_names:order_items.row_target */
SELECT "t"."OrderID" AS "OrderID", "t"."LineNo" AS "LineNo",
  COALESCE(CAST(char_length(CAST(CAST("t"."OrderID" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."OrderID" AS numeric(20,0)) AS text), 'N') AS "OrderID",
  COALESCE(CAST(char_length(CAST(CAST("t"."LineNo" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."LineNo" AS numeric(20,0)) AS text), 'N') AS "LineNo",
  COALESCE(CAST(char_length(CAST("t"."desc" AS text)) AS text) || ':' || CAST("t"."desc" AS text), 'N') AS "desc"
FROM "shop"."Order Items" AS "t"
WHERE "t"."OrderID" = CAST($1 AS bigint) AND "t"."LineNo" = CAST($2 AS bigint)
