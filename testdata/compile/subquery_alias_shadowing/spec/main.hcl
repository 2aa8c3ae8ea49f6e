# Pins: subqueries in filters whose own aliases are the ones datamove gives the row being moved
# (s in source filters, t in target filters). Such an alias is renamed in the generated SQL
# (s_1, t_1, …), so a correlated reference to the moved row is never captured by the subquery's
# table; nested subqueries get distinct names.
migration "alias_shadowing" {
  description = "Filters whose subqueries use the aliases s and t"
}

param "region" {
  type        = string
  description = "the region whose customers move"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "crm" {
  dialect  = "postgres"
  snapshot = "schemas/crm.hcl"
}

table "customers" {
  from  = legacy.customers
  to    = crm.customers
  where = "region = @region"
}

table "orders" {
  from         = legacy.orders
  to           = crm.orders
  where        = <<-EOT
    customer_id IN (
      SELECT s.id FROM customers s
      WHERE s.region = @region
        AND s.id IN (SELECT s.customer_id FROM orders s WHERE s.id = orders.id)
    )
  EOT
  target_where = "EXISTS (SELECT 1 FROM customers t WHERE t.id = orders.customer_id AND t.region = @region)"
}

table "order_notes" {
  from         = legacy.order_notes
  to           = crm.order_notes
  where        = <<-EOT
    EXISTS (
      SELECT 1
      FROM orders s
      JOIN customers t ON t.id = s.customer_id
      WHERE s.id = order_notes.order_id
        AND t.region = @region
    )
  EOT
  target_where = "EXISTS (SELECT 1 FROM orders t JOIN customers c ON c.id = t.customer_id WHERE t.id = order_notes.order_id AND c.region = @region)"
}
