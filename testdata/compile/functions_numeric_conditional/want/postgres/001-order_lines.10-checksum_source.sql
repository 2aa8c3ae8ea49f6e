-- datamove plan order_metrics, step 1 of 1: order_lines: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove order_metrics:order_lines.checksum_source */
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
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST(round((round(("b"."qty" * "b"."unit_price") * (100 - COALESCE("b"."discount", 0)), 34) / 100), 2) AS numeric(65,2)) AS text) AS "text_2",
      CAST(CAST(floor("b"."unit_price") AS numeric(20,0)) AS text) AS "text_3",
      CAST(CAST(ceil("b"."unit_price") AS numeric(20,0)) AS text) AS "text_4",
      CAST(CAST(abs("b"."unit_price" - 5) AS numeric(65,2)) AS text) AS "text_5",
      CAST(CAST(round((round(CAST("b"."weight_g" AS numeric), 30) / 1000), 3) AS numeric(65,3)) AS text) AS "text_6",
      CAST(CAST(CAST(div(CAST("b"."qty" AS numeric), CAST(12 AS numeric)) AS bigint) AS numeric(20,0)) AS text) AS "text_7",
      CAST(CAST(mod("b"."qty", 12) AS numeric(20,0)) AS text) AS "text_8",
      CAST(CAST(mod("b"."qty", 2) AS numeric(20,0)) AS text) AS "text_9",
      CAST(trim_scale(CAST((round(CAST("b"."qty" AS numeric), 30) / "b"."priority") AS numeric)) AS text) AS "text_10",
      CAST(CASE WHEN "b"."unit_price" < 2 THEN 'low' WHEN "b"."unit_price" BETWEEN 2 AND 3 THEN 'mid' ELSE 'high' END AS text) AS "text_11",
      CAST(CAST(CASE "b"."status" WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END AS numeric(20,0)) AS text) AS "text_12",
      CASE WHEN "b"."status" IN ('v1', 'v3') THEN '1' WHEN NOT "b"."status" IN ('v1', 'v3') THEN '0' END AS "text_13",
      CASE WHEN "b"."sku" LIKE 'v%' ESCAPE '\' THEN '1' WHEN NOT "b"."sku" LIKE 'v%' ESCAPE '\' THEN '0' END AS "text_14",
      CASE WHEN "b"."sku" NOT LIKE 'v!_%' ESCAPE '!' THEN '1' WHEN NOT "b"."sku" NOT LIKE 'v!_%' ESCAPE '!' THEN '0' END AS "text_15",
      CASE WHEN "b"."weight_g" IS NOT NULL THEN '1' WHEN NOT "b"."weight_g" IS NOT NULL THEN '0' END AS "text_16",
      CASE WHEN "b"."discount" IS NULL THEN '1' WHEN NOT "b"."discount" IS NULL THEN '0' END AS "text_17",
      CAST(CAST(COALESCE("b"."discount", 0) AS numeric(65,2)) AS text) AS "text_18",
      CAST(CAST(NULLIF("b"."discount", 0) AS numeric(65,2)) AS text) AS "text_19",
      CAST(CASE WHEN "b"."qty" > 1 THEN 'many' ELSE 'one' END AS text) AS "text_20",
      CAST(CAST(CASE WHEN "b"."qty" IS NULL OR "b"."priority" IS NULL THEN NULL ELSE greatest("b"."qty", "b"."priority") END AS numeric(20,0)) AS text) AS "text_21",
      CAST(CAST(CASE WHEN "b"."weight_g" IS NULL OR "b"."qty" IS NULL THEN NULL ELSE least("b"."weight_g", "b"."qty") END AS numeric(20,0)) AS text) AS "text_22",
      CAST(CAST(CAST("b"."qty" AS text) AS character varying(12)) AS text) AS "text_23",
      CAST("b"."status" AS text) AS "text_24",
      CAST(CAST(CAST("b"."unit_price" * 10 AS bigint) AS numeric(20,0)) AS text) AS "text_25",
      CAST(CAST(CAST(CAST(CAST("b"."score" AS text) AS numeric) AS numeric(8,3)) AS numeric(65,3)) AS text) AS "text_26"
    FROM (
      SELECT "s"."id", "s"."qty", "s"."priority", "s"."unit_price", "s"."discount", "s"."weight_g", "s"."status", "s"."sku", "s"."score"
      FROM "legacy"."order_lines" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
