# Pins, at run time: a throttle query on the target, polled every 100ms: while app.control holds
# a paused row, no batch starts; the pause and the resumption are logged.
migration "throttled_events" {
  description = "Copy events, pausing while the operators say so"
}

throttle "operator_pause" {
  description = "an operator paused the move"
  target      = "SELECT COUNT(*) > 0 FROM control WHERE paused = 1"
  every       = "100ms"
}

table "events" {
  from = legacy.events
  to   = app.events
  batch {
    size = 10
  }
}
