# Pins: identifiers that only work quoted: tables named with a space ("Order Items") and with
# reserved words ("order", "group"), mixed-case names ("Orders", "CustomerID", "OrderID") and
# reserved-word columns ("select", "group", "desc"); in the spec they are referenced as
# legacy["Order Items"] and written in SQL with double quotes or backticks, and the compiler quotes
# every identifier it prints, in every statement (filters, subqueries, remaps, checks).
migration "quoted_names" {
  description = "Move tables whose names need quoting"
}

param "grp" {
  type        = string
  description = "the customer group to move"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "shop" {
  dialect  = "postgres"
  snapshot = "schemas/shop.hcl"
}

table "orders" {
  from  = legacy["order"]
  to    = shop["Orders"]
  where = "\"group\" = @grp OR \"select\""
  column "ID" { from = "id" }
  column "Total" { sql = "ROUND(`Total Amount`, 2)" }
}

table "order_items" {
  from  = legacy["Order Items"]
  to    = shop["Order Items"]
  where = <<-EOT
    "OrderID" IN (SELECT o.id FROM "order" AS o WHERE o."group" = @grp OR o."select")
  EOT
  column "OrderID" { remap = table.orders }
  column "desc" { sql = "UPPER(`desc`)" }
}

table "groups" {
  from = legacy["group"]
  to   = shop["group"]
}

invariant "items_have_orders" {
  description = "every moved item belongs to a moved order"
  target      = <<-EOT
    SELECT i."OrderID", i."LineNo"
    FROM "Order Items" i
    LEFT JOIN "Orders" o ON o."ID" = i."OrderID"
    WHERE o."ID" IS NULL
  EOT
}

check "order_totals" {
  source = "SELECT SUM(`Total Amount`) FROM `order` WHERE `group` = @grp OR `select`"
  target = "SELECT SUM(\"Total\") FROM \"Orders\" WHERE \"group\" = @grp OR \"select\""
}
