# Pins: an upsert key (conflict_key) that is not exactly a primary or unique key of the target is
# refused; the message lists the keys to choose from.

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
  from         = legacy.customers
  to           = eu.customers
  conflict_key = ["email"] # ERROR: Upsert key is not unique in the target
}
