# Pins: a mixed-case column ("CustomerID") written in another case (customerid) is reported on the
# identifier: identifiers are case-sensitive, write it exactly in double quotes.

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
  column "code" { sql = "CONCAT('C-', customerid)" } # ERROR: Column name case differs
}
