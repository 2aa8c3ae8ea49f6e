# Pins: a subquery in a column mapping is refused (the batch is written where other source tables
# may not be readable), reported on the subquery.

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
  column "name" { sql = "COALESCE((SELECT s.name FROM stores s WHERE s.id = store_id), name)" } # ERROR: Subquery not allowed here
}
