# Pins: a function outside the portable catalog is reported on its name, with a did-you-mean.

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
  column "email" { sql = "LOWR(email)" } # ERROR: Unknown function LOWR
}
