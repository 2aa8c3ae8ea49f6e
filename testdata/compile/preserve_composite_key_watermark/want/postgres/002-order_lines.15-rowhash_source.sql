-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (order_id, line_no) in (lo, hi], ordered by it:
-- each row's key and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2),
-- to find the rows of a differing chunk.
-- Binds:
--   $1   @cutoff      timestamp
--   $2   lo_open      bool
--   $3   lo.order_id  int32
--   $4   lo.line_no   int16
--   $5   hi_open      bool
--   $6   hi.order_id  int32
--   $7   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.rowhash_source */
SELECT "c"."order_id", "c"."line_no",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."order_id", "v"."line_no", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N'))) AS "row_md5"
  FROM (
    SELECT "b"."order_id", "b"."line_no",
      CAST(CAST("b"."order_id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("b"."line_no" AS numeric(20,0)) AS text) AS "text_2",
      CAST("b"."sku" AS text) AS "text_3",
      CAST(CAST("b"."qty" AS numeric(20,0)) AS text) AS "text_4"
    FROM (
      SELECT "s"."order_id", "s"."line_no", "s"."sku", "s"."qty"
      FROM "legacy"."order_lines" AS "s"
      WHERE ("s"."order_id" IN (SELECT "id" FROM "legacy"."orders" WHERE "updated_at" <= CAST($1 AS timestamp(6) without time zone)))
        AND (CAST($2 AS boolean) OR ("s"."order_id", "s"."line_no") > (CAST($3 AS bigint), CAST($4 AS bigint)))
        AND (CAST($5 AS boolean) OR ("s"."order_id", "s"."line_no") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."order_id", "c"."line_no"
