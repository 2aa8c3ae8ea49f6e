-- datamove plan region_move, step 1 of 3: customers: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
--   $4   lo_open       bool
--   $5   lo.id         int32
--   $6   hi_open       bool
--   $7   hi.id         int32
/* datamove region_move:customers.rowhash_source */
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
      COALESCE(CAST(char_length("v"."text_5") AS text) || ':' || "v"."text_5", 'N'))) AS "row_md5"
  FROM (
    SELECT "b"."id",
      CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST("b"."region" AS text) AS "text_2",
      CASE WHEN "b"."is_active" THEN '1' WHEN NOT "b"."is_active" THEN '0' END AS "text_3",
      CAST("b"."name" AS text) AS "text_4",
      to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US') AS "text_5"
    FROM (
      SELECT "s"."id", "s"."region", "s"."is_active", "s"."name", "s"."created_at"
      FROM "legacy"."customers" AS "s"
      WHERE ((("s"."region" = CAST($1 AS text)) AND ("s"."is_active" OR (NOT CAST($2 AS boolean)))) AND ("s"."created_at" >= CAST($3 AS timestamp(6) without time zone)))
        AND (CAST($4 AS boolean) OR "s"."id" > CAST($5 AS bigint))
        AND (CAST($6 AS boolean) OR "s"."id" <= CAST($7 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
