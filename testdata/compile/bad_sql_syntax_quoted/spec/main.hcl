# Pins: a SQL syntax error in a one-line quoted string is reported at the spec's line and column
# of the offending token, counting the escapes written before it (\" and a \n that starts
# a second SQL line).

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
  column "name" { sql = "CONCAT(\"name\",\n  '-' ,, email)" } # ERROR: SQL syntax error
  ignore = ["email"]
}
