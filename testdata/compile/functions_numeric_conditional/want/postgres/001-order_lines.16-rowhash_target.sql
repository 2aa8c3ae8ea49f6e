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
  SELECT "v"."id", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_5") AS text) || ':' || "v"."text_5", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_6") AS text) || ':' || "v"."text_6", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_7") AS text) || ':' || "v"."text_7", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_8") AS text) || ':' || "v"."text_8", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_9") AS text) || ':' || "v"."text_9", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_10") AS text) || ':' || "v"."text_10", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_11") AS text) || ':' || "v"."text_11", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_12") AS text) || ':' || "v"."text_12", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_13") AS text) || ':' || "v"."text_13", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_14") AS text) || ':' || "v"."text_14", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_15") AS text) || ':' || "v"."text_15", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_16") AS text) || ':' || "v"."text_16", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_17") AS text) || ':' || "v"."text_17", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_18") AS text) || ':' || "v"."text_18", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_19") AS text) || ':' || "v"."text_19", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_20") AS text) || ':' || "v"."text_20", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_21") AS text) || ':' || "v"."text_21", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_22") AS text) || ':' || "v"."text_22", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_23") AS text) || ':' || "v"."text_23", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_24") AS text) || ':' || "v"."text_24", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_25") AS text) || ':' || "v"."text_25", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_26") AS text) || ':' || "v"."text_26", 'N'))) AS "row_md5"
  FROM (
    SELECT "t"."id" AS "id",
      CAST(CAST("t"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("t"."line_total" AS numeric(65,2)) AS text) AS "text_2",
      CAST(CAST("t"."price_floor" AS numeric(20,0)) AS text) AS "text_3",
      CAST(CAST("t"."price_ceil" AS numeric(20,0)) AS text) AS "text_4",
      CAST(CAST("t"."price_delta" AS numeric(65,2)) AS text) AS "text_5",
      CAST(CAST("t"."weight_kg" AS numeric(65,3)) AS text) AS "text_6",
      CAST(CAST("t"."dozens" AS numeric(20,0)) AS text) AS "text_7",
      CAST(CAST("t"."leftover" AS numeric(20,0)) AS text) AS "text_8",
      CAST(CAST("t"."parity" AS numeric(20,0)) AS text) AS "text_9",
      CAST(trim_scale(CAST("t"."ratio" AS numeric)) AS text) AS "text_10",
      CAST("t"."price_band" AS text) AS "text_11",
      CAST(CAST("t"."status_rank" AS numeric(20,0)) AS text) AS "text_12",
      CASE WHEN "t"."is_open" THEN '1' WHEN NOT "t"."is_open" THEN '0' END AS "text_13",
      CASE WHEN "t"."is_v_sku" THEN '1' WHEN NOT "t"."is_v_sku" THEN '0' END AS "text_14",
      CASE WHEN "t"."is_literal_sku" THEN '1' WHEN NOT "t"."is_literal_sku" THEN '0' END AS "text_15",
      CASE WHEN "t"."has_weight" THEN '1' WHEN NOT "t"."has_weight" THEN '0' END AS "text_16",
      CASE WHEN "t"."no_discount" THEN '1' WHEN NOT "t"."no_discount" THEN '0' END AS "text_17",
      CAST(CAST("t"."discount" AS numeric(65,2)) AS text) AS "text_18",
      CAST(CAST("t"."discount_or_null" AS numeric(65,2)) AS text) AS "text_19",
      CAST("t"."size_label" AS text) AS "text_20",
      CAST(CAST("t"."top_rank" AS numeric(20,0)) AS text) AS "text_21",
      CAST(CAST("t"."low_weight" AS numeric(20,0)) AS text) AS "text_22",
      CAST("t"."qty_text" AS text) AS "text_23",
      CAST("t"."status_text" AS text) AS "text_24",
      CAST(CAST("t"."price_int" AS numeric(20,0)) AS text) AS "text_25",
      CAST(CAST("t"."score_dec" AS numeric(65,3)) AS text) AS "text_26"
    FROM "dw"."line_metrics" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
