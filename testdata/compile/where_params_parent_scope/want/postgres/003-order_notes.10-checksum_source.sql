-- datamove plan region_move, step 3 of 3: order_notes: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   @excluded_channel  string
--   $2   @region            string
--   $3   @active_only       bool
--   $4   @since             timestamp
--   $5   lo_open            bool
--   $6   lo.id              int32
--   $7   hi_open            bool
--   $8   hi.id              int32
/* datamove region_move:order_notes.checksum_source */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("b"."order_id" AS numeric(20,0)) AS text) AS "text_2",
      CAST("b"."body" AS text) AS "text_3"
    FROM (
      SELECT "s"."id", "s"."order_id", "s"."body"
      FROM "legacy"."order_notes" AS "s"
      WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "o" INNER JOIN "legacy"."customers" AS "c" ON "c"."id" = "o"."customer_id" WHERE (((("o"."id" = "s"."order_id") AND ("o"."channel" <> CAST($1 AS text))) AND ("c"."region" = CAST($2 AS text))) AND ("c"."is_active" OR (NOT CAST($3 AS boolean)))) AND ("c"."created_at" >= CAST($4 AS timestamp(6) without time zone))))
        AND (CAST($5 AS boolean) OR "s"."id" > CAST($6 AS bigint))
        AND (CAST($7 AS boolean) OR "s"."id" <= CAST($8 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
