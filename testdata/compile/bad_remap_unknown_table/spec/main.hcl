# Pins: remap = table.<name> naming no table block is reported on the name, with a did-you-mean
# from the spec's table blocks.

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

table "stores" {
  from = legacy.stores
  to   = eu.stores
}
table "customers" {
  from = legacy.customers
  to   = eu.customers
  column "store_id" { remap = table.store } # ERROR: Unknown table store
}
