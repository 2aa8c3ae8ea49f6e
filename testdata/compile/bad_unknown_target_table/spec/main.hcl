# Pins: a to reference to a table the target snapshot does not have is reported on the table
# name, with a did-you-mean from the snapshot's tables.

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
  from = legacy.customers
  to   = eu.customer # ERROR: Unknown target table customer
}
