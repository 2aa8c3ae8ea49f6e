-- datamove plan quoted_names, step 2 of 3: orders: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove quoted_names:orders.row_target */
SELECT "t"."ID" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."ID" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ID" AS numeric(20,0)) AS text), 'N') AS "ID",
  COALESCE(CAST(char_length(CAST(CAST("t"."CustomerID" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."CustomerID" AS numeric(20,0)) AS text), 'N') AS "CustomerID",
  COALESCE(CAST(char_length(CAST("t"."group" AS text)) AS text) || ':' || CAST("t"."group" AS text), 'N') AS "group",
  COALESCE(CAST(char_length(CASE WHEN "t"."select" THEN '1' WHEN NOT "t"."select" THEN '0' END) AS text) || ':' || CASE WHEN "t"."select" THEN '1' WHEN NOT "t"."select" THEN '0' END, 'N') AS "select",
  COALESCE(CAST(char_length(CAST(CAST("t"."Total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."Total" AS numeric(65,2)) AS text), 'N') AS "Total"
FROM "shop"."Orders" AS "t"
WHERE "t"."ID" = CAST($1 AS bigint)
