# Pins: invalid HCL (a colon where = belongs) is reported by the HCL parser at the token, and
# nothing is compiled.

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
  from: legacy.customers # ERROR: Argument or block definition required (HCL expects =)
  to = eu.customers
}
