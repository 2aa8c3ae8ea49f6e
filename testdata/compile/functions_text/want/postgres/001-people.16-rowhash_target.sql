-- datamove plan people_text, step 1 of 1: people: rowhash_target
-- Runs on the target (postgres).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove people_text:people.rowhash_target */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "t"."id" AS "id", md5((
      COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."full_name" AS text)) AS text) || ':' || CAST("t"."full_name" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."label" AS text)) AS text) || ':' || CAST("t"."label" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."initials" AS text)) AS text) || ':' || CAST("t"."initials" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_head" AS text)) AS text) || ':' || CAST("t"."code_head" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_tail" AS text)) AS text) || ':' || CAST("t"."code_tail" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_mid" AS text)) AS text) || ':' || CAST("t"."code_mid" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_padded" AS text)) AS text) || ':' || CAST("t"."code_padded" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."name_padded" AS text)) AS text) || ':' || CAST("t"."name_padded" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_unpadded" AS text)) AS text) || ':' || CAST("t"."code_unpadded" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."note_clean" AS text)) AS text) || ':' || CAST("t"."note_clean" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."note_edges" AS text)) AS text) || ':' || CAST("t"."note_edges" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."name_bytes" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."name_bytes" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."name_chars" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."name_chars" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_md5" AS text)) AS text) || ':' || CAST("t"."code_md5" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."code_sha256" AS text)) AS text) || ':' || CAST("t"."code_sha256" AS text), 'N'))) AS "row_md5"
  FROM "app"."people" AS "t"
  WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
