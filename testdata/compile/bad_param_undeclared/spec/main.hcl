# Pins: a @parameter used in SQL but not declared is reported on the @name inside the string,
# with a did-you-mean from the declared parameters.

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

param "tenant" {
  type = number
}
table "customers" {
  from  = legacy.customers
  to    = eu.customers
  where = "tenant_id = @tenant AND id > @tenant_id" # ERROR: Undeclared parameter @tenant_id
}
