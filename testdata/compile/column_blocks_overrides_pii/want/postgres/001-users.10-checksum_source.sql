-- datamove plan users_to_app, step 1 of 1: users: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove users_to_app:users.checksum_source */
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
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_5") AS text) || ':' || "v"."text_5", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_6") AS text) || ':' || "v"."text_6", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_7") AS text) || ':' || "v"."text_7", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_8") AS text) || ':' || "v"."text_8", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_9") AS text) || ':' || "v"."text_9", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST("b"."login" AS text) AS "text_2",
      CAST(COALESCE(btrim("b"."full_name"), "b"."login") AS text) AS "text_3",
      CAST(lower("b"."email") AS text) AS "text_4",
      CAST((regexp_replace(phone, '[^0-9]', '', 'g')) AS text) AS "text_5",
      CAST(COALESCE("b"."country", 'US') AS text) AS "text_6",
      CAST(('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!') AS text) AS "text_7",
      CAST((split_part(signup_ip, '.', 1)) AS text) AS "text_8",
      to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US') AS "text_9"
    FROM (
      SELECT "s"."id", "s"."login", "s"."full_name", "s"."email", "s"."phone", "s"."country", "s"."signup_ip", "s"."created_at"
      FROM "legacy"."users" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
