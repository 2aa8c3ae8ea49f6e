# Pins: watermark_lag is a Go duration string and cannot be negative; reported on the value.
migration "bad" {
  description = "a bad spec"
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
  watermark_lag = "30 seconds" # ERROR: Invalid duration for watermark_lag
}

table "daily_totals" {
  from          = legacy.daily_totals
  to            = feed.daily_totals
  watermark_lag = "-5m" # ERROR: Negative watermark_lag
}

table "sources" {
  from = legacy.sources
  to   = feed.sources
}
