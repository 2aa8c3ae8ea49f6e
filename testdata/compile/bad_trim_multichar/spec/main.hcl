# Pins: TRIM with a string of several characters (a set on PostgreSQL, a substring on MySQL) is
# refused, reported on the string.

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
  column "name" { sql = "TRIM(BOTH 'xy' FROM name)" } # ERROR: TRIM needs one character
}
