-- datamove plan people_text, step 1 of 1: people: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove people_text:people.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(("b"."first_name" || ' ' || "b"."last_name") AS text)) AS text) || ':' || CAST(("b"."first_name" || ' ' || "b"."last_name") AS text), 'N') AS "full_name",
  COALESCE(CAST(char_length(CAST(concat_ws(' / ', upper("b"."first_name"), "b"."last_name", lower("b"."city")) AS text)) AS text) || ':' || CAST(concat_ws(' / ', upper("b"."first_name"), "b"."last_name", lower("b"."city")) AS text), 'N') AS "label",
  COALESCE(CAST(char_length(CAST((left("b"."first_name", 1) || right("b"."last_name", 1)) AS text)) AS text) || ':' || CAST((left("b"."first_name", 1) || right("b"."last_name", 1)) AS text), 'N') AS "initials",
  COALESCE(CAST(char_length(CAST(left("b"."code", 4) AS text)) AS text) || ':' || CAST(left("b"."code", 4) AS text), 'N') AS "code_head",
  COALESCE(CAST(char_length(CAST(CASE WHEN char_length("b"."code") < 2 THEN '' ELSE right("b"."code", 2) END AS text)) AS text) || ':' || CAST(CASE WHEN char_length("b"."code") < 2 THEN '' ELSE right("b"."code", 2) END AS text), 'N') AS "code_tail",
  COALESCE(CAST(char_length(CAST(substr("b"."code", 2, 3) AS text)) AS text) || ':' || CAST(substr("b"."code", 2, 3) AS text), 'N') AS "code_mid",
  COALESCE(CAST(char_length(CAST(lpad("b"."code", 8, '0') AS text)) AS text) || ':' || CAST(lpad("b"."code", 8, '0') AS text), 'N') AS "code_padded",
  COALESCE(CAST(char_length(CAST(rpad("b"."first_name", 10, '.') AS text)) AS text) || ':' || CAST(rpad("b"."first_name", 10, '.') AS text), 'N') AS "name_padded",
  COALESCE(CAST(char_length(CAST(trim(LEADING '0' FROM "b"."code") AS text)) AS text) || ':' || CAST(trim(LEADING '0' FROM "b"."code") AS text), 'N') AS "code_unpadded",
  COALESCE(CAST(char_length(CAST(replace(btrim("b"."note"), ' ', '_') AS text)) AS text) || ':' || CAST(replace(btrim("b"."note"), ' ', '_') AS text), 'N') AS "note_clean",
  COALESCE(CAST(char_length(CAST(('[' || ltrim("b"."note") || '|' || rtrim("b"."note") || ']') AS text)) AS text) || ':' || CAST(('[' || ltrim("b"."note") || '|' || rtrim("b"."note") || ']') AS text), 'N') AS "note_edges",
  COALESCE(CAST(char_length(CAST(CAST(octet_length("b"."first_name") AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(octet_length("b"."first_name") AS numeric(20,0)) AS text), 'N') AS "name_bytes",
  COALESCE(CAST(char_length(CAST(CAST(char_length("b"."first_name") AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(char_length("b"."first_name") AS numeric(20,0)) AS text), 'N') AS "name_chars",
  COALESCE(CAST(char_length(CAST(md5("b"."code") AS text)) AS text) || ':' || CAST(md5("b"."code") AS text), 'N') AS "code_md5",
  COALESCE(CAST(char_length(CAST(encode(sha256(convert_to("b"."code", 'UTF8')), 'hex') AS text)) AS text) || ':' || CAST(encode(sha256(convert_to("b"."code", 'UTF8')), 'hex') AS text), 'N') AS "code_sha256"
FROM (
  SELECT "s"."id", "s"."first_name", "s"."last_name", "s"."city", "s"."code", "s"."note"
  FROM "legacy"."people" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
