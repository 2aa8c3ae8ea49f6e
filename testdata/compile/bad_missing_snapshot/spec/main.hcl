# Pins: a snapshot path that does not exist is reported on the spec's snapshot attribute, with the
# datamove inspect command that writes it.
migration "bad" {
  description = "a bad spec"
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy_v2.hcl" # ERROR: Schema snapshot not found
}
target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}
table "customers" {
  from = legacy.customers
  to   = eu.customers
}
