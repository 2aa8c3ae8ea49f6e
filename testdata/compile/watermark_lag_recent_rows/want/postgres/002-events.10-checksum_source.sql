-- datamove plan event_feed, step 2 of 3: events: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove event_feed:events.checksum_source */
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
      to_char("b"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS "text_2",
      CAST("b"."kind" AS text) AS "text_3",
      CAST("b"."payload" AS text) AS "text_4"
    FROM (
      SELECT "s"."id", "s"."created_at", "s"."kind", "s"."payload"
      FROM "legacy"."events" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
