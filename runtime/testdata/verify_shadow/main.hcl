# Pins, at verify time (runtime/verify_shadow_test.go): a query check whose result sets have
# several rows (a count per group) is compared as a shadow compare: row by row when both sides
# have as many rows, else as multisets, naming the rows only one side has.
migration "verify_shadow" {
  description = "Move notes, then compare their bodies per group"
}

table "notes" {
  from = legacy.notes
  to   = app.notes
}

check "notes_per_body" {
  description = "as many notes of each body on both sides"
  source      = "SELECT body, COUNT(*) FROM notes GROUP BY body"
  target      = "SELECT body, COUNT(*) FROM notes GROUP BY body"
}
