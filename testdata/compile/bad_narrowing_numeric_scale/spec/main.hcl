# Pins: a decimal of unbounded scale (exact division) into numeric(12,2) loses digits; the fix is
# an explicit ROUND(…, 2).

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
  column "balance" { sql = "balance_cents / 100" } # ERROR: Type narrowing into balance
}
