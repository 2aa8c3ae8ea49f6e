-- datamove plan quoted_names, step 3 of 3: order_items: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (OrderID, LineNo) in (lo, hi], ordered by it: each
-- row's key and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to
-- find the rows of a differing chunk.
-- Binds:
--   $1   @grp        string
--   $2   lo_open     bool
--   $3   lo.OrderID  int32
--   $4   lo.LineNo   int32
--   $5   hi_open     bool
--   $6   hi.OrderID  int32
--   $7   hi.LineNo   int32
/* datamove quoted_names:order_items.rowhash_source */
SELECT "c"."OrderID", "c"."LineNo",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."OrderID", "v"."LineNo", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N'))) AS "row_md5"
  FROM (
    SELECT "b"."OrderID", "b"."LineNo",
      CAST(CAST("b"."OrderID" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("b"."LineNo" AS numeric(20,0)) AS text) AS "text_2",
      CAST(upper("b"."desc") AS text) AS "text_3"
    FROM (
      SELECT "s"."OrderID", "s"."LineNo", "s"."desc"
      FROM "legacy"."Order Items" AS "s"
      WHERE ("s"."OrderID" IN (SELECT "o"."id" FROM "legacy"."order" AS "o" WHERE ("o"."group" = CAST($1 AS text)) OR "o"."select"))
        AND (CAST($2 AS boolean) OR ("s"."OrderID", "s"."LineNo") > (CAST($3 AS bigint), CAST($4 AS bigint)))
        AND (CAST($5 AS boolean) OR ("s"."OrderID", "s"."LineNo") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."OrderID", "c"."LineNo"
