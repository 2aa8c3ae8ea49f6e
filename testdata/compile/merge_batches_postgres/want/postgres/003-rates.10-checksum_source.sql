-- datamove plan ledger_merge, step 3 of 3: rates: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (currency, day) in (lo, hi]: row count and two
-- sums of 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
/* datamove ledger_merge:rates.checksum_source */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST("b"."currency" AS text) AS "text_1",
      to_char("b"."day", 'YYYY-MM-DD') AS "text_2",
      CAST(CAST("b"."rate" AS numeric(65,6)) AS text) AS "text_3"
    FROM (
      SELECT "s"."currency", "s"."day", "s"."rate"
      FROM "legacy"."rates" AS "s"
      WHERE (CAST($1 AS boolean) OR ("s"."currency", "s"."day") > (CAST($2 AS bpchar), CAST($3 AS date)))
        AND (CAST($4 AS boolean) OR ("s"."currency", "s"."day") <= (CAST($5 AS bpchar), CAST($6 AS date)))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
