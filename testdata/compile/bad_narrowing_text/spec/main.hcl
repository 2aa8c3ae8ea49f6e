# Pins: longer text into a shorter varchar is type narrowing, reported on the mapping, with
# LEFT(…, n) as the explicit fix.

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
  column "name" { sql = "TRIM(name)" } # ERROR: Type narrowing into name
}
