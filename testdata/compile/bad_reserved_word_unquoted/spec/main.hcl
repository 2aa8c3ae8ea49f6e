# Pins: a reserved word (order) used unquoted as a column name does not parse; the error is on the
# word and says to quote it, and the target column it maps is not reported again as unmapped.

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
  column "position" { sql = "order + 1" } # ERROR: SQL syntax error (order is reserved: quote it)
  ignore = ["order"]
}
