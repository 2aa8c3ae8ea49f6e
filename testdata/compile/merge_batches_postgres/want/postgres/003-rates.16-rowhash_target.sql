-- datamove plan ledger_merge, step 3 of 3: rates: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (currency, day) is in (lo, hi], ordered by it: each row's
-- source key (remapped keys translated back) and the two 60-bit slices of its MD5 that
-- checksum_target sums (hash_1, hash_2).
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
/* datamove ledger_merge:rates.rowhash_target */
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
    SELECT "t"."currency" AS "currency", "t"."day" AS "day",
      CAST("t"."currency" AS text) AS "text_1",
      to_char("t"."day", 'YYYY-MM-DD') AS "text_2",
      CAST(CAST("t"."rate" AS numeric(65,6)) AS text) AS "text_3"
    FROM "ledger"."rates" AS "t"
    WHERE (CAST($1 AS boolean) OR ("t"."currency", "t"."day") > (CAST($2 AS bpchar), CAST($3 AS date)))
      AND (CAST($4 AS boolean) OR ("t"."currency", "t"."day") <= (CAST($5 AS bpchar), CAST($6 AS date)))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."currency", "c"."day"
