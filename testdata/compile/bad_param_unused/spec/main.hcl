# Pins: a parameter declared but used by no SQL of the spec is an error on its declaration.

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

param "region" { # ERROR: Unused parameter region
  type = string
}
table "customers" {
  from = legacy.customers
  to   = eu.customers
}
