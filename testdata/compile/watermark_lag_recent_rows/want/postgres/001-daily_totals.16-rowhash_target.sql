-- datamove plan event_feed, step 1 of 3: daily_totals: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (day) is in (lo, hi], ordered by it: each row's source
-- key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target
-- sums (hash_1, hash_2).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.day   date
--   $3   hi_open  bool
--   $4   hi.day   date
/* datamove event_feed:daily_totals.rowhash_target */
SELECT "c"."day",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."day", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT "t"."day" AS "day",
      to_char("t"."day", 'YYYY-MM-DD') AS "text_1",
      CAST(CAST("t"."total" AS numeric(65,2)) AS text) AS "text_2"
    FROM "feed"."daily_totals" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."day" > CAST($2 AS date))
      AND (CAST($3 AS boolean) OR "t"."day" <= CAST($4 AS date))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."day"
