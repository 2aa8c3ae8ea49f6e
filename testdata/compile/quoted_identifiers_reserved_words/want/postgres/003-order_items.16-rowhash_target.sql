-- datamove plan quoted_names, step 3 of 3: order_items: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (OrderID, LineNo) is in (lo, hi], ordered by it: each
-- row's source key (remapped keys translated back) and the two 60-bit slices of its MD5 that
-- checksum_target sums (hash_1, hash_2).
-- Binds:
--   $1   lo_open     bool
--   $2   lo.OrderID  int32
--   $3   lo.LineNo   int32
--   $4   hi_open     bool
--   $5   hi.OrderID  int32
--   $6   hi.LineNo   int32
/* datamove quoted_names:order_items.rowhash_target */
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
    SELECT "t"."OrderID" AS "OrderID", "t"."LineNo" AS "LineNo",
      CAST(CAST("t"."OrderID" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("t"."LineNo" AS numeric(20,0)) AS text) AS "text_2",
      CAST("t"."desc" AS text) AS "text_3"
    FROM "shop"."Order Items" AS "t"
    WHERE (CAST($1 AS boolean) OR ("t"."OrderID", "t"."LineNo") > (CAST($2 AS bigint), CAST($3 AS bigint)))
      AND (CAST($4 AS boolean) OR ("t"."OrderID", "t"."LineNo") <= (CAST($5 AS bigint), CAST($6 AS bigint)))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."OrderID", "c"."LineNo"
