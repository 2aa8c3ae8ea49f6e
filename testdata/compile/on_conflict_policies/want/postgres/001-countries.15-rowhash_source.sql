-- datamove plan catalog_merge, step 1 of 3: countries: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (code) in (lo, hi], ordered by it: each row's key
-- and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the
-- rows of a differing chunk.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove catalog_merge:countries.rowhash_source */
SELECT "c"."code",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."code", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT "b"."code",
      CAST("b"."code" AS text) AS "text_1",
      CAST("b"."name" AS text) AS "text_2"
    FROM (
      SELECT "s"."code", "s"."name"
      FROM "legacy"."countries" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."code" > CAST($2 AS bpchar))
        AND (CAST($3 AS boolean) OR "s"."code" <= CAST($4 AS bpchar))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."code"
