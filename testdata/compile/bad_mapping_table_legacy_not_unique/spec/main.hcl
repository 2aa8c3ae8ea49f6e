# Pins: key strategy mapping_table needs its legacy column to be unique in the target (it is the
# upsert key); reported on the column name in legacy.

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
  to   = eu.customers
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"] # ERROR: Legacy column is not unique
  }
}
