# Pins: delete { propagate = true } without target_where is refused: it could delete target rows
# that belong to other moves.

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
  delete {
    propagate = true # ERROR: propagate needs target_where
  }
}
