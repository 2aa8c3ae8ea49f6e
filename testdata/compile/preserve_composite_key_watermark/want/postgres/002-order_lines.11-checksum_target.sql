-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: checksum_target
-- Runs on the target (postgres).
-- Checksums the target rows whose source key (order_id, line_no) is in (lo, hi], in the same
-- canonical form as checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.order_id  int32
--   $3   lo.line_no   int16
--   $4   hi_open      bool
--   $5   hi.order_id  int32
--   $6   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.checksum_target */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("t"."order_id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("t"."line_no" AS numeric(20,0)) AS text) AS "text_2",
      CAST("t"."sku" AS text) AS "text_3",
      CAST(CAST("t"."quantity" AS numeric(20,0)) AS text) AS "text_4"
    FROM "eu"."order_lines" AS "t"
    WHERE (CAST($1 AS boolean) OR ("t"."order_id", "t"."line_no") > (CAST($2 AS bigint), CAST($3 AS bigint)))
      AND (CAST($4 AS boolean) OR ("t"."order_id", "t"."line_no") <= (CAST($5 AS bigint), CAST($6 AS bigint)))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
