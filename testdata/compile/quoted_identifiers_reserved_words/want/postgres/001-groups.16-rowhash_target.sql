-- datamove plan quoted_names, step 1 of 3: groups: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (group) is in (lo, hi], ordered by it: each row's source
-- key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target
-- sums (hash_1, hash_2).
-- Binds:
--   $1   lo_open   bool
--   $2   lo.group  varchar(10)
--   $3   hi_open   bool
--   $4   hi.group  varchar(10)
/* datamove quoted_names:groups.rowhash_target */
SELECT "c"."group",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."group", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT "t"."group" AS "group",
      CAST("t"."group" AS text) AS "text_1",
      CAST("t"."Label" AS text) AS "text_2"
    FROM "shop"."group" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."group" > CAST($2 AS text))
      AND (CAST($3 AS boolean) OR "t"."group" <= CAST($4 AS text))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."group"
