# Pins: a timestamp without time zone into timestamptz needs its zone said explicitly; the fix is
# CONVERT_TZ(…, '<zone>', 'UTC').

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
  column "created_at" { from = "created_at" } # ERROR: Type narrowing into created_at
}
