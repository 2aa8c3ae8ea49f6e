-- datamove plan shard_merge, step 2 of 2: invoices: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove shard_merge:invoices.checksum_source */
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
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("b"."account_id" AS numeric(20,0)) AS text) AS "text_2",
      CAST(trim_scale(CAST((round(CAST("b"."amount_cents" AS numeric), 30) / 100) AS numeric)) AS text) AS "text_3",
      to_char("b"."issued_on", 'YYYY-MM-DD') AS "text_4"
    FROM (
      SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."issued_on"
      FROM "shard"."invoices" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
