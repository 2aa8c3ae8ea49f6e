-- datamove plan ledger_merge, step 3 of 3: rates: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (currency, day) in (lo, hi], ordered by it: each
-- row's key and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to
-- find the rows of a differing chunk.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
/* datamove ledger_merge:rates.rowhash_source */
SELECT "c"."currency", "c"."day",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."currency", "v"."day", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N'))) AS "row_md5"
  FROM (
    SELECT "b"."currency", "b"."day",
      CAST("b"."currency" AS text) AS "text_1",
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
ORDER BY "c"."currency", "c"."day"
