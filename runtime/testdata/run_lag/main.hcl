# Pins, at run time (runtime/run_gaps_test.go): a safety lag on a time watermark. Rows whose
# created_at is newer than the source's clock minus one hour wait for a later run; once they are
# old enough (here: the test moves their created_at back), an incremental run picks them up.
migration "lagged_events" {
  description = "Copy events, leaving the last hour for a later pass"
}

table "events" {
  from          = legacy.events
  to            = app.events
  watermark     = ["created_at", "id"]
  watermark_lag = "1h"
  batch {
    size = 7
  }
}
