# Pins: an aggregate in a column mapping (one value per row) is refused; aggregates belong in
# checks and invariants.

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
  column "name" { sql = "MAX(name)" } # ERROR: Aggregate not allowed here
}
