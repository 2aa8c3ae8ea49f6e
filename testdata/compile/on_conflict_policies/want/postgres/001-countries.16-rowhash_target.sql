-- datamove plan catalog_merge, step 1 of 3: countries: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (code) is in (lo, hi], ordered by it: each row's source
-- key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target
-- sums (hash_1, hash_2).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove catalog_merge:countries.rowhash_target */
SELECT "c"."code",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."code", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT "t"."code" AS "code",
      CAST("t"."code" AS text) AS "text_1",
      CAST("t"."name" AS text) AS "text_2"
    FROM "shop"."countries" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."code" > CAST($2 AS bpchar))
      AND (CAST($3 AS boolean) OR "t"."code" <= CAST($4 AS bpchar))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."code"
