# Pins: where filters with bound parameters of three types (string and bool without a default,
# timestamp and string with one), written as heredocs (<<-EOT); a child scoped through its
# parent with an IN subquery and a grandchild scoped through both with a correlated EXISTS over
# a join; the same parameter used in several statements and subqueries.
migration "region_move" {
  description = "Move one region's customers with their orders and order notes"
}

param "region" {
  type        = string
  description = "the region whose customers move"
}

param "active_only" {
  type        = bool
  description = "leave inactive customers behind"
  default     = false
}

param "since" {
  type        = timestamp
  description = "customers created before this stay in the archive"
  default     = "2021-01-01 00:00:00"
}

param "excluded_channel" {
  type        = string
  description = "orders from this channel are not moved"
  default     = "fax"
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
  where = <<-EOT
    region = @region
      AND (is_active OR NOT @active_only)
      AND created_at >= @since
  EOT
}

table "orders" {
  from  = legacy.orders
  to    = crm.orders
  where = <<-EOT
    customer_id IN (
      SELECT id FROM customers
      WHERE region = @region AND (is_active OR NOT @active_only) AND created_at >= @since
    )
    AND channel <> @excluded_channel
  EOT
}

table "order_notes" {
  from  = legacy.order_notes
  to    = crm.order_notes
  where = <<-EOT
    EXISTS (
      SELECT 1
      FROM orders o
      JOIN customers c ON c.id = o.customer_id
      WHERE o.id = order_notes.order_id
        AND o.channel <> @excluded_channel
        AND c.region = @region
        AND (c.is_active OR NOT @active_only)
        AND c.created_at >= @since
    )
  EOT
}
