-- datamove plan tenant_move, step 2 of 2: customers: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove tenant_move:customers.rowhash_target */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "v"."id", md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_5") AS text) || ':' || "v"."text_5", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_6") AS text) || ':' || "v"."text_6", 'N'))) AS "row_md5"
  FROM (
    SELECT "t"."legacy_id" AS "id",
      CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("kt_store_id"."legacy_key" AS numeric(20,0)) AS text) AS "text_2",
      CAST("t"."email" AS text) AS "text_3",
      to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS "text_4",
      CAST(CAST("t"."balance" AS numeric(65,2)) AS text) AS "text_5",
      CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text) AS "text_6"
    FROM "eu"."customers" AS "t"
    LEFT JOIN "eu"."datamove_keymap_stores" AS "kt_store_id" ON "kt_store_id"."new_key" = "t"."store_id"
    WHERE ("t"."tenant_id" = CAST($1 AS bigint))
      AND (CAST($2 AS boolean) OR "t"."legacy_id" > CAST($3 AS bigint))
      AND (CAST($4 AS boolean) OR "t"."legacy_id" <= CAST($5 AS bigint))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
