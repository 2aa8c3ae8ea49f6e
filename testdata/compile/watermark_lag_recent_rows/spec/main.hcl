# Pins: watermark_lag: the boundary caps every batch at the source's clock minus the lag
# (AND (cap_open OR <first watermark column> <= cap.<column>), the cap typed like the column), for
# a zoned timestamp leading a composite watermark and for a date key; plan.json records
# watermark_lag_seconds, and a table without the attribute gets no cap.
migration "event_feed" {
  description = "Move the event feed while it is being written"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "feed" {
  dialect  = "postgres"
  snapshot = "schemas/feed.hcl"
}

table "events" {
  from          = legacy.events
  to            = feed.events
  watermark     = ["created_at", "id"]
  watermark_lag = "1m30s"
}

table "daily_totals" {
  from          = legacy.daily_totals
  to            = feed.daily_totals
  watermark_lag = "36h"
}

table "sources" {
  from = legacy.sources
  to   = feed.sources
}
