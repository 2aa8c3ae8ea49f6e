# Pins: a source column that no mapping reads and that is not in ignore is an error; the message
# says to map it or add it to ignore.

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
  from = legacy.customers # ERROR: Source column notes is not accounted for
  to   = eu.customers
}
