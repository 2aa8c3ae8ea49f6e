# Pins: the text functions of the catalog as each engine renders them with one meaning: CONCAT
# (NULL when an argument is NULL) and CONCAT_WS (NULLs skipped), SUBSTRING with a positive and a
# negative position, LEFT/RIGHT, LPAD/RPAD, REPLACE, LENGTH (bytes, octet_length on PostgreSQL)
# next to CHAR_LENGTH (characters), LOWER/UPPER, TRIM (plain and LEADING a character), LTRIM,
# RTRIM, MD5 and SHA2; result lengths inferred so that each fits its target column.
migration "people_text" {
  description = "Derive display and lookup columns from people's names and codes"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "app" {
  dialect  = "postgres"
  snapshot = "schemas/app.hcl"
}

table "people" {
  from = legacy.people
  to   = app.people
  column "full_name" { sql = "CONCAT(first_name, ' ', last_name)" }
  column "label" { sql = "CONCAT_WS(' / ', UPPER(first_name), last_name, LOWER(city))" }
  column "initials" { sql = "CONCAT(LEFT(first_name, 1), RIGHT(last_name, 1))" }
  column "code_head" { sql = "LEFT(code, 4)" }
  column "code_tail" { sql = "SUBSTRING(code, -2)" }
  column "code_mid" { sql = "SUBSTRING(code, 2, 3)" }
  column "code_padded" { sql = "LPAD(code, 8, '0')" }
  column "name_padded" { sql = "RPAD(first_name, 10, '.')" }
  column "code_unpadded" { sql = "TRIM(LEADING '0' FROM code)" }
  column "note_clean" { sql = "REPLACE(TRIM(note), ' ', '_')" }
  column "note_edges" { sql = "CONCAT('[', LTRIM(note), '|', RTRIM(note), ']')" }
  column "name_bytes" { sql = "LENGTH(first_name)" }
  column "name_chars" { sql = "CHAR_LENGTH(first_name)" }
  column "code_md5" { sql = "MD5(code)" }
  column "code_sha256" { sql = "SHA2(code, 256)" }
}
