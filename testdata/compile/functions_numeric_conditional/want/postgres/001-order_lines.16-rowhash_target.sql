-- datamove plan order_metrics, step 1 of 1: order_lines: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove order_metrics:order_lines.rowhash_target */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "t"."id" AS "id", md5((
      COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."line_total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."line_total" AS numeric(65,2)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."price_floor" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."price_floor" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."price_ceil" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."price_ceil" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."price_delta" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."price_delta" AS numeric(65,2)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."weight_kg" AS numeric(65,3)) AS text)) AS text) || ':' || CAST(CAST("t"."weight_kg" AS numeric(65,3)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."dozens" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."dozens" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."leftover" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."leftover" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."parity" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."parity" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(trim_scale(CAST("t"."ratio" AS numeric)) AS text)) AS text) || ':' || CAST(trim_scale(CAST("t"."ratio" AS numeric)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."price_band" AS text)) AS text) || ':' || CAST("t"."price_band" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."status_rank" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."status_rank" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CASE WHEN "t"."is_open" THEN '1' WHEN NOT "t"."is_open" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_open" THEN '1' WHEN NOT "t"."is_open" THEN '0' END, 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CASE WHEN "t"."is_v_sku" THEN '1' WHEN NOT "t"."is_v_sku" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_v_sku" THEN '1' WHEN NOT "t"."is_v_sku" THEN '0' END, 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CASE WHEN "t"."is_literal_sku" THEN '1' WHEN NOT "t"."is_literal_sku" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_literal_sku" THEN '1' WHEN NOT "t"."is_literal_sku" THEN '0' END, 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CASE WHEN "t"."has_weight" THEN '1' WHEN NOT "t"."has_weight" THEN '0' END) AS text) || ':' || CASE WHEN "t"."has_weight" THEN '1' WHEN NOT "t"."has_weight" THEN '0' END, 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CASE WHEN "t"."no_discount" THEN '1' WHEN NOT "t"."no_discount" THEN '0' END) AS text) || ':' || CASE WHEN "t"."no_discount" THEN '1' WHEN NOT "t"."no_discount" THEN '0' END, 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."discount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."discount" AS numeric(65,2)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."discount_or_null" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."discount_or_null" AS numeric(65,2)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."size_label" AS text)) AS text) || ':' || CAST("t"."size_label" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."top_rank" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."top_rank" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."low_weight" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."low_weight" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."qty_text" AS text)) AS text) || ':' || CAST("t"."qty_text" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."status_text" AS text)) AS text) || ':' || CAST("t"."status_text" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."price_int" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."price_int" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."score_dec" AS numeric(65,3)) AS text)) AS text) || ':' || CAST(CAST("t"."score_dec" AS numeric(65,3)) AS text), 'N'))) AS "row_md5"
  FROM "dw"."line_metrics" AS "t"
  WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
