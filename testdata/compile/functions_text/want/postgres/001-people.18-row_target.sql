-- datamove plan people_text, step 1 of 1: people: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove people_text:people.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."full_name" AS text)) AS text) || ':' || CAST("t"."full_name" AS text), 'N') AS "full_name",
  COALESCE(CAST(char_length(CAST("t"."label" AS text)) AS text) || ':' || CAST("t"."label" AS text), 'N') AS "label",
  COALESCE(CAST(char_length(CAST("t"."initials" AS text)) AS text) || ':' || CAST("t"."initials" AS text), 'N') AS "initials",
  COALESCE(CAST(char_length(CAST("t"."code_head" AS text)) AS text) || ':' || CAST("t"."code_head" AS text), 'N') AS "code_head",
  COALESCE(CAST(char_length(CAST("t"."code_tail" AS text)) AS text) || ':' || CAST("t"."code_tail" AS text), 'N') AS "code_tail",
  COALESCE(CAST(char_length(CAST("t"."code_mid" AS text)) AS text) || ':' || CAST("t"."code_mid" AS text), 'N') AS "code_mid",
  COALESCE(CAST(char_length(CAST("t"."code_padded" AS text)) AS text) || ':' || CAST("t"."code_padded" AS text), 'N') AS "code_padded",
  COALESCE(CAST(char_length(CAST("t"."name_padded" AS text)) AS text) || ':' || CAST("t"."name_padded" AS text), 'N') AS "name_padded",
  COALESCE(CAST(char_length(CAST("t"."code_unpadded" AS text)) AS text) || ':' || CAST("t"."code_unpadded" AS text), 'N') AS "code_unpadded",
  COALESCE(CAST(char_length(CAST("t"."note_clean" AS text)) AS text) || ':' || CAST("t"."note_clean" AS text), 'N') AS "note_clean",
  COALESCE(CAST(char_length(CAST("t"."note_edges" AS text)) AS text) || ':' || CAST("t"."note_edges" AS text), 'N') AS "note_edges",
  COALESCE(CAST(char_length(CAST(CAST("t"."name_bytes" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."name_bytes" AS numeric(20,0)) AS text), 'N') AS "name_bytes",
  COALESCE(CAST(char_length(CAST(CAST("t"."name_chars" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."name_chars" AS numeric(20,0)) AS text), 'N') AS "name_chars",
  COALESCE(CAST(char_length(CAST("t"."code_md5" AS text)) AS text) || ':' || CAST("t"."code_md5" AS text), 'N') AS "code_md5",
  COALESCE(CAST(char_length(CAST("t"."code_sha256" AS text)) AS text) || ':' || CAST("t"."code_sha256" AS text), 'N') AS "code_sha256"
FROM "app"."people" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
