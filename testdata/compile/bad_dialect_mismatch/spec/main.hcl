# Pins: a source whose dialect does not match its snapshot's is reported on the dialect.
migration "bad" {
  description = "a bad spec"
}
source "legacy" {
  dialect  = "mysql" # ERROR: Dialect does not match the snapshot
  snapshot = "schemas/legacy.hcl"
}
target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}
table "customers" {
  from = legacy.customers
  to   = eu.customers
}
