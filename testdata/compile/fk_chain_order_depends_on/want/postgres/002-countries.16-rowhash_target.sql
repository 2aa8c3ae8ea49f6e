-- datamove plan geo_move, step 2 of 5: countries: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:countries.rowhash_target */
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
    SELECT "t"."id" AS "id",
      CAST(CAST("t"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("t"."region_id" AS numeric(20,0)) AS text) AS "text_2",
      CAST("t"."iso" AS text) AS "text_3"
    FROM "geo"."countries" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
