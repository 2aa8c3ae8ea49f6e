-- datamove plan catalog_merge, step 3 of 3: products: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (product_id) in (lo, hi]: row count and two
-- sums of 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.product_id  int32
--   $3   hi_open        bool
--   $4   hi.product_id  int32
/* datamove catalog_merge:products.checksum_source */
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
    SELECT CAST("b"."sku" AS text) AS "text_1",
      CAST("b"."name" AS text) AS "text_2",
      CAST("b"."origin" AS text) AS "text_3",
      CAST(CAST("b"."product_id" AS numeric(20,0)) AS text) AS "text_4"
    FROM (
      SELECT "s"."product_id", "s"."sku", "s"."name", "s"."origin"
      FROM "legacy"."products" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."product_id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."product_id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
