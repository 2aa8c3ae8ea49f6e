# Pins: a snapshot edited by hand after datamove inspect (its fingerprint no longer matches its
# structure) is refused, reported on the snapshot's fingerprint. The snapshot eu.hcl was sealed,
# then its email column was widened by hand (see the ERROR comment there).

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
}
