-- datamove plan ledger_merge, step 1 of 3: accounts: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove ledger_merge:accounts.rowhash_source */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."id", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N'))) AS "row_md5"
  FROM (
    SELECT "b"."id",
      CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST("b"."owner" AS text) AS "text_2",
      to_char("b"."opened_on", 'YYYY-MM-DD') AS "text_3"
    FROM (
      SELECT "s"."id", "s"."owner", "s"."opened_on"
      FROM "legacy"."accounts" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
