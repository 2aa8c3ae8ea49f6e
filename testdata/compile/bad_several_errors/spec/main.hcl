# Pins: one compile reports every problem of every file at once, sorted by file name and then by
# position: here six errors in three files (customers.hcl, main.hcl, orders.hcl).
migration "bad" {
  description = "a bad spec"
}
param "tenant_id" { # ERROR: Unused parameter tenant_id
  type = number
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}
target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}
