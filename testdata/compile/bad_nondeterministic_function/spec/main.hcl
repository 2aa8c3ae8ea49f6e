# Pins: non-deterministic functions (NOW(), RAND()) in mappings are refused unless the table sets
# allow_nondeterministic = true; each is reported on the function name.

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
  column "migrated_at" { sql = "NOW()" } # ERROR: Non-deterministic function NOW
  column "score" { sql = "RAND()" } # ERROR: Non-deterministic function RAND
}
