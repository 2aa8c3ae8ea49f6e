# Pins: method = "merge" renders a PostgreSQL MERGE, so a MySQL target refuses it.
migration "bad" {
  description = "a bad spec"
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}
target "eu" {
  dialect  = "mysql"
  snapshot = "schemas/eu.hcl"
}
table "customers" {
  from = legacy.customers
  to   = eu.customers
  batch {
    method = "merge" # ERROR: MERGE needs PostgreSQL
  }
}
