# Pins: a NOT NULL target column without a default that no column block or same-name source
# column fills is an error (every row would fail), with the fix.

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

table "customers" { # ERROR: Target column country is not mapped
  from = legacy.customers
  to   = eu.customers
}
