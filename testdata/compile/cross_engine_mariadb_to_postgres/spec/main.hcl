# Pins: a move across engines rendered as written (source MariaDB 10.11, target PostgreSQL 15):
# the source-side statements (boundary, read, source checksum and count, source checks) in MySQL
# syntax, the target-side statements in PostgreSQL syntax, and only the two-server variants (the
# batch reaches the target through the stage table); MySQL types mapped onto PostgreSQL types
# (int unsigned → bigint, tinyint(1) → boolean, enum → varchar, datetime → timestamptz by an
# explicit CONVERT_TZ, decimal(12,2) → unbounded numeric) with checksum texts that agree across
# the two engines.
migration "shop_to_postgres" {
  description = "Move the shop from MariaDB to PostgreSQL"
}

param "since" {
  type        = timestamp
  description = "customers created before this stay behind"
  default     = "2021-01-01 00:00:00"
}

source "legacy" {
  dialect  = "mariadb"
  snapshot = "schemas/legacy.hcl"
}

target "pg" {
  dialect  = "postgres"
  snapshot = "schemas/pg.hcl"
}

table "customers" {
  from  = legacy.customers
  to    = pg.customers
  where = "created_at >= @since"
  column "created_at" { sql = "CONVERT_TZ(created_at, 'Europe/Berlin', 'UTC')" }
  column "email" {
    sql = "LOWER(email)"
    pii = true
  }
}

table "orders" {
  from  = legacy.orders
  to    = pg.orders
  where = "customer_id IN (SELECT id FROM customers WHERE created_at >= @since)"
  column "customer_id" { remap = table.customers }
}

check "revenue" {
  source    = "SELECT SUM(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.created_at >= @since"
  target    = "SELECT SUM(total) FROM orders"
  tolerance = 0.005
}
