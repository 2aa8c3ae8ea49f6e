# Pins: a column block naming a column the target table does not have is reported on the block's
# label, with a did-you-mean.

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
  column "emial" { from = "email" } # ERROR: Unknown target column emial
}
