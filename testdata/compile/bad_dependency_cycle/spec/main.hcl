# Pins: a dependency cycle through target foreign keys (orders -> customers, invoices -> orders)
# and a depends_on (customers -> invoices) is one error naming every table and edge in it.

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

table "customers" { # ERROR: Dependency cycle
  from       = legacy.customers
  to         = eu.customers
  depends_on = [table.invoices]
}
table "orders" {
  from = legacy.orders
  to   = eu.orders
}
table "invoices" {
  from = legacy.invoices
  to   = eu.invoices
}
