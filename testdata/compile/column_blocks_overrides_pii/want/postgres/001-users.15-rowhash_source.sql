-- datamove plan users_to_app, step 1 of 1: users: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove users_to_app:users.rowhash_source */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "b"."id", md5((
      COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("b"."login" AS text)) AS text) || ':' || CAST("b"."login" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(COALESCE(btrim("b"."full_name"), "b"."login") AS text)) AS text) || ':' || CAST(COALESCE(btrim("b"."full_name"), "b"."login") AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(lower("b"."email") AS text)) AS text) || ':' || CAST(lower("b"."email") AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST((regexp_replace(phone, '[^0-9]', '', 'g')) AS text)) AS text) || ':' || CAST((regexp_replace(phone, '[^0-9]', '', 'g')) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(COALESCE("b"."country", 'US') AS text)) AS text) || ':' || CAST(COALESCE("b"."country", 'US') AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!') AS text)) AS text) || ':' || CAST(('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!') AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST((split_part(signup_ip, '.', 1)) AS text)) AS text) || ':' || CAST((split_part(signup_ip, '.', 1)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N'))) AS "row_md5"
  FROM (
    SELECT "s"."id", "s"."login", "s"."full_name", "s"."email", "s"."phone", "s"."country", "s"."signup_ip", "s"."created_at"
    FROM "legacy"."users" AS "s"
    WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
  ) AS "b"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
