-- datamove plan warehouse_move, step 3 of 3: movements: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove warehouse_move:movements.rowhash_target */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "t"."id" AS "id", md5((
      COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."stock_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."stock_id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."delta" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."delta" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."moved_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."moved_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N'))) AS "row_md5"
  FROM "wms"."movements" AS "t"
  WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
