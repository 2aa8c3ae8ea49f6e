# Pins, at verify time (runtime/verify_gaps_test.go): a small table checked by a sample compare;
# an invariant on the SOURCE side over a table that only the source has (so it can only pass or
# fail by running there); a plan whose files and schemas the tests tamper with.
migration "verify_gaps" {
  description = "Move notes, then prove them with a source invariant and a sample"
}

table "notes" {
  from = legacy.notes
  to   = app.notes
  batch {
    size = 3
  }
}

invariant "no_bad_source_flags" {
  description = "no flag of the source is bad"
  source      = "SELECT id, flag FROM flags WHERE flag = 'bad'"
}
