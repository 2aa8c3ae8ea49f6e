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
      COALESCE(CAST(char_length("v"."text_6") AS text) || ':' || "v"."text_6", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_7") AS text) || ':' || "v"."text_7", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_8") AS text) || ':' || "v"."text_8", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_9") AS text) || ':' || "v"."text_9", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_10") AS text) || ':' || "v"."text_10", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_11") AS text) || ':' || "v"."text_11", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_12") AS text) || ':' || "v"."text_12", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_13") AS text) || ':' || "v"."text_13", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_14") AS text) || ':' || "v"."text_14", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_15") AS text) || ':' || "v"."text_15", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_16") AS text) || ':' || "v"."text_16", 'N'))) AS "row_md5"
  FROM (
    SELECT "t"."id" AS "id",
      CAST(CAST("t"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST("t"."full_name" AS text) AS "text_2",
      CAST("t"."label" AS text) AS "text_3",
      CAST("t"."initials" AS text) AS "text_4",
      CAST("t"."code_head" AS text) AS "text_5",
      CAST("t"."code_tail" AS text) AS "text_6",
      CAST("t"."code_mid" AS text) AS "text_7",
      CAST("t"."code_padded" AS text) AS "text_8",
      CAST("t"."name_padded" AS text) AS "text_9",
      CAST("t"."code_unpadded" AS text) AS "text_10",
      CAST("t"."note_clean" AS text) AS "text_11",
      CAST("t"."note_edges" AS text) AS "text_12",
      CAST(CAST("t"."name_bytes" AS numeric(20,0)) AS text) AS "text_13",
      CAST(CAST("t"."name_chars" AS numeric(20,0)) AS text) AS "text_14",
      CAST("t"."code_md5" AS text) AS "text_15",
      CAST("t"."code_sha256" AS text) AS "text_16"
    FROM "app"."people" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
