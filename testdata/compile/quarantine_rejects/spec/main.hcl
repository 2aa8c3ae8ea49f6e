# Pins: quarantine = true: narrowings the target would refuse (longer text, decimals and integers
# out of range) compile, and rows that break a rule go into datamove_reject_<table> with their
# source key and every reason, never a value: NULL into a NOT NULL column (not for a NOT NULL
# source, nor behind a default), text longer than varchar(n), a decimal with too many integer
# digits (after an explicit ROUND to the column's scale), an integer outside the column's range,
# and a remapped foreign key whose parent was not moved (its key is missing from the key map,
# while a NULL source value is copied as NULL). The copy leaves exactly those rows out, on one
# server and through the stage. A table whose values all fit gets a warning, a reject table and
# no quarantine statement.
migration "crm_cleanup" {
  description = "Move customers and orders into the stricter app schema, quarantining rows it would refuse"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "app" {
  dialect  = "postgres"
  snapshot = "schemas/app.hcl"
}

table "customers" {
  from       = legacy.customers
  to         = app.customers
  quarantine = true
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  column "balance" { sql = "ROUND(balance, 2)" }
  column "email" { pii = true }
  column "country" { default = "'US'" }
}

table "orders" {
  from       = legacy.orders
  to         = app.orders
  quarantine = true
  column "customer_id" { remap = table.customers }
}

table "regions" {
  from       = legacy.regions
  to         = app.regions
  quarantine = true # nothing the target could refuse: a warning
}
