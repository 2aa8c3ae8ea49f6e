# Pins: watermark_lag holds rows back by the age of the first watermark column, which must be a
# date or timestamp: refused on the default watermark (an integer key) and on an explicit one led
# by a text column, reported on the attribute's value.
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
  watermark     = ["kind", "id"]
  watermark_lag = "30s" # ERROR: watermark_lag needs a time watermark
}

table "sources" {
  from          = legacy.sources
  to            = feed.sources
  watermark_lag = "1h" # ERROR: watermark_lag needs a time watermark
}
