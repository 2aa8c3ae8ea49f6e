-- datamove plan crm_soft_deletes, step 1 of 3: customers: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   @source_system  string
--   $2   lo_open         bool
--   $3   lo.id           int32
--   $4   hi_open         bool
--   $5   hi.id           int32
/* datamove crm_soft_deletes:customers.checksum_source */
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
      CAST("b"."email" AS text) AS "text_2",
      CASE WHEN "b"."dm_deleted" THEN '1' WHEN NOT "b"."dm_deleted" THEN '0' END AS "text_3",
      CAST(CAST($1 AS text) AS text) AS "text_4"
    FROM (
      SELECT "s"."id", "s"."email", ((("s"."deleted_at" IS NOT NULL) OR ("s"."status" = 'closed')) IS TRUE) AS "dm_deleted"
      FROM "legacy"."customers" AS "s"
      WHERE (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
        AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
