-- datamove plan quoted_names, step 1 of 3: groups: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (group) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open   bool
--   $2   lo.group  varchar(10)
--   $3   hi_open   bool
--   $4   hi.group  varchar(10)
/* datamove quoted_names:groups.checksum_source */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST("b"."group" AS text) AS "text_1",
      CAST("b"."Label" AS text) AS "text_2"
    FROM (
      SELECT "s"."group", "s"."Label"
      FROM "legacy"."group" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."group" > CAST($2 AS text))
        AND (CAST($3 AS boolean) OR "s"."group" <= CAST($4 AS text))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
