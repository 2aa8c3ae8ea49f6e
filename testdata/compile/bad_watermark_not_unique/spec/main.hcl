# Pins: watermark columns that are not unique together are refused; the fix adds the key as a
# tie-breaker.

migration "bad" {
  description = "a bad spec"
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}
target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}

table "customers" {
  from      = legacy.customers
  to        = eu.customers
  watermark = ["updated_at"] # ERROR: Watermark is not unique
}
