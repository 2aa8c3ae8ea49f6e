# Pins: a catalog function called with the wrong number of arguments is reported on its name,
# with what it takes.

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
  column "name" { sql = "LEFT(name)" } # ERROR: Wrong number of arguments
}
