-- datamove plan quoted_names, step 2 of 3: orders: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @grp    string
--   $2   key.id  int32
/* datamove quoted_names:orders.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "ID",
  COALESCE(CAST(char_length(CAST(CAST("b"."CustomerID" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."CustomerID" AS numeric(20,0)) AS text), 'N') AS "CustomerID",
  COALESCE(CAST(char_length(CAST("b"."group" AS text)) AS text) || ':' || CAST("b"."group" AS text), 'N') AS "group",
  COALESCE(CAST(char_length(CASE WHEN "b"."select" THEN '1' WHEN NOT "b"."select" THEN '0' END) AS text) || ':' || CASE WHEN "b"."select" THEN '1' WHEN NOT "b"."select" THEN '0' END, 'N') AS "select",
  COALESCE(CAST(char_length(CAST(CAST(round("b"."Total Amount", 2) AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST(round("b"."Total Amount", 2) AS numeric(65,2)) AS text), 'N') AS "Total"
FROM (
  SELECT "s"."id", "s"."CustomerID", "s"."group", "s"."select", "s"."Total Amount"
  FROM "legacy"."order" AS "s"
  WHERE (("s"."group" = CAST($1 AS text)) OR "s"."select")
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
