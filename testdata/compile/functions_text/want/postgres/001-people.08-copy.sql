-- datamove plan people_text, step 1 of 1: people: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into people, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove people_text:people.copy */
INSERT INTO "app"."people" AS "t" ("id", "full_name", "label", "initials", "code_head", "code_tail", "code_mid", "code_padded", "name_padded", "code_unpadded", "note_clean", "note_edges", "name_bytes", "name_chars", "code_md5", "code_sha256")
SELECT "b"."id", ("b"."first_name" || ' ' || "b"."last_name"), concat_ws(' / ', upper("b"."first_name"), "b"."last_name", lower("b"."city")), (left("b"."first_name", 1) || right("b"."last_name", 1)), left("b"."code", 4), CASE WHEN char_length("b"."code") < 2 THEN '' ELSE right("b"."code", 2) END, substr("b"."code", 2, 3), lpad("b"."code", 8, '0'), rpad("b"."first_name", 10, '.'), trim(LEADING '0' FROM "b"."code"), replace(btrim("b"."note"), ' ', '_'), ('[' || ltrim("b"."note") || '|' || rtrim("b"."note") || ']'), octet_length("b"."first_name"), char_length("b"."first_name"), md5("b"."code"), encode(sha256(convert_to("b"."code", 'UTF8')), 'hex')
FROM (
  SELECT "s"."id", "s"."first_name", "s"."last_name", "s"."city", "s"."code", "s"."note"
  FROM "legacy"."people" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "full_name" = EXCLUDED."full_name", "label" = EXCLUDED."label", "initials" = EXCLUDED."initials", "code_head" = EXCLUDED."code_head", "code_tail" = EXCLUDED."code_tail", "code_mid" = EXCLUDED."code_mid", "code_padded" = EXCLUDED."code_padded", "name_padded" = EXCLUDED."name_padded", "code_unpadded" = EXCLUDED."code_unpadded", "note_clean" = EXCLUDED."note_clean", "note_edges" = EXCLUDED."note_edges", "name_bytes" = EXCLUDED."name_bytes", "name_chars" = EXCLUDED."name_chars", "code_md5" = EXCLUDED."code_md5", "code_sha256" = EXCLUDED."code_sha256"
WHERE ("t"."full_name", "t"."label", "t"."initials", "t"."code_head", "t"."code_tail", "t"."code_mid", "t"."code_padded", "t"."name_padded", "t"."code_unpadded", "t"."note_clean", "t"."note_edges", "t"."name_bytes", "t"."name_chars", "t"."code_md5", "t"."code_sha256") IS DISTINCT FROM (EXCLUDED."full_name", EXCLUDED."label", EXCLUDED."initials", EXCLUDED."code_head", EXCLUDED."code_tail", EXCLUDED."code_mid", EXCLUDED."code_padded", EXCLUDED."name_padded", EXCLUDED."code_unpadded", EXCLUDED."note_clean", EXCLUDED."note_edges", EXCLUDED."name_bytes", EXCLUDED."name_chars", EXCLUDED."code_md5", EXCLUDED."code_sha256")
