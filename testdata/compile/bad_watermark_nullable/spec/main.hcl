# Pins: a nullable watermark column is refused (a NULL row falls outside every batch range),
# reported on the list element.

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
  watermark = ["updated_at", "id"] # ERROR: Nullable watermark column
}
