-- datamove plan event_feed, step 3 of 3: sources: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove event_feed:sources.checksum_source */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST("b"."name" AS text) AS "text_2"
    FROM (
      SELECT "s"."id", "s"."name"
      FROM "legacy"."sources" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
