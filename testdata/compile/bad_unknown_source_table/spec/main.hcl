# Pins: a from reference to a table the source snapshot does not have is reported on the table
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
  from = legacy.custmers # ERROR: Unknown source table custmers
  to   = eu.customers
}
