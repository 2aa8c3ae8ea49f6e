-- datamove plan quoted_names, step 3 of 3: order_items: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (OrderID, LineNo) = key: the key, then per
-- checksummed target column its canonical text (<length>:<text>, N for NULL), the fields
-- checksum_source hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   $1   @grp         string
--   $2   key.OrderID  int32
--   $3   key.LineNo   int32
/* datamove quoted_names:order_items.row_source */
SELECT "b"."OrderID", "b"."LineNo",
  COALESCE(CAST(char_length(CAST(CAST("b"."OrderID" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."OrderID" AS numeric(20,0)) AS text), 'N') AS "OrderID",
  COALESCE(CAST(char_length(CAST(CAST("b"."LineNo" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."LineNo" AS numeric(20,0)) AS text), 'N') AS "LineNo",
  COALESCE(CAST(char_length(CAST(upper("b"."desc") AS text)) AS text) || ':' || CAST(upper("b"."desc") AS text), 'N') AS "desc"
FROM (
  SELECT "s"."OrderID", "s"."LineNo", "s"."desc"
  FROM "legacy"."Order Items" AS "s"
  WHERE ("s"."OrderID" IN (SELECT "o"."id" FROM "legacy"."order" AS "o" WHERE ("o"."group" = CAST($1 AS text)) OR "o"."select"))
    AND "s"."OrderID" = CAST($2 AS bigint) AND "s"."LineNo" = CAST($3 AS bigint)
) AS "b"
