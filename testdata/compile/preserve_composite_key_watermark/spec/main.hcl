# Pins: key strategy preserve (the default) with the key mapped implicitly by name, a composite
# primary key (order_id, line_no) preserved as is, a composite watermark ["updated_at", "id"]
# (keyset batches in update order, the key as tie-breaker), and a timestamp parameter without a
# default as a cut-off (updated_at <= @cutoff); the target foreign key orders the two steps.
migration "orders_until_cutoff" {
  description = "Copy orders and their lines changed up to a cut-off, keys kept"
}

param "cutoff" {
  type        = timestamp
  description = "rows changed after this instant wait for the next run"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}

table "orders" {
  from      = legacy.orders
  to        = eu.orders
  where     = "updated_at <= @cutoff"
  watermark = ["updated_at", "id"]
  key {
    strategy = "preserve"
  }
  batch {
    size = 2000
  }
}

table "order_lines" {
  from  = legacy.order_lines
  to    = eu.order_lines
  where = "order_id IN (SELECT id FROM orders WHERE updated_at <= @cutoff)"
  column "quantity" { from = "qty" }
}
