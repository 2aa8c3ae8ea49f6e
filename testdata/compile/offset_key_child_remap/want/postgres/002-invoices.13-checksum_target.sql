-- datamove plan shard_merge, step 2 of 2: invoices: checksum_target
-- Runs on the target (postgres).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   $1   @id_offset  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove shard_merge:invoices.checksum_target */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("t"."id" - CAST($1 AS bigint) AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("t"."account_id" - CAST($1 AS bigint) AS numeric(20,0)) AS text) AS "text_2",
      CAST(trim_scale(CAST("t"."amount" AS numeric)) AS text) AS "text_3",
      to_char("t"."issued_on", 'YYYY-MM-DD') AS "text_4"
    FROM "main"."invoices" AS "t"
    WHERE ("t"."id" > CAST($1 AS bigint))
      AND (CAST($2 AS boolean) OR "t"."id" > (CAST($3 AS bigint) + CAST($1 AS bigint)))
      AND (CAST($4 AS boolean) OR "t"."id" <= (CAST($5 AS bigint) + CAST($1 AS bigint)))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
