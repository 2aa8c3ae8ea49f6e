# Pins: CONVERT_TZ zones must be IANA names: a numeric offset (engines disagree on its sign) and
# an unknown zone are each reported on the literal.

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
  column "created_at" { sql = "CONVERT_TZ(created_at, '+05:00', 'UTC')" } # ERROR: Numeric time zone offset
  column "updated_at" { sql = "CONVERT_TZ(updated_at, 'Europe/Pariss', 'UTC')" } # ERROR: Unknown time zone Europe/Pariss
}
