# Pins: a column inside a SQL expression that the source table does not have is reported on the
# identifier inside the string, with a did-you-mean; the real column is not reported again as
# "not accounted for".

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
  column "email" { sql = "LOWER(TRIM(emial))" } # ERROR: Unknown column emial
}
