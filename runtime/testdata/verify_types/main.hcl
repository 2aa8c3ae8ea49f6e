# Pins, at verify time (runtime/verify_clean_test.go): a correct move of awkward values verifies
# clean — NULLs beside empty strings, unicode (multi-byte, emoji, combining marks), the extremes of
# every numeric type, negative zero, timestamps across daylight-saving changes with microseconds,
# booleans, bytes, JSON — copied as they are and through mappings (LOWER, CHAR_LENGTH, CONVERT_TZ
# over the DST gaps), and a composite key of text and number cut into chunks.
migration "verify_types" {
  description = "Move awkward values and prove the move has no false alarms"
}

table "vals" {
  from = legacy.vals
  to   = app.vals
  batch {
    size = 7
  }
  column "lowered" { sql = "LOWER(t_text)" }
  column "chars" { sql = "CHAR_LENGTH(t_text)" }
  column "utc_at" { sql = "CONVERT_TZ(local_at, 'America/New_York', 'UTC')" }
}

table "labels" {
  from = legacy.labels
  to   = app.labels
  batch {
    size = 5
  }
}
