table "orders" {
  from      = legacy.orders
  to        = eu.orders
  where     = "total_cents >> 0" # ERROR: Unsupported SQL (operator >>)
  watermark = ["shipped_at", "id"] # ERROR: Nullable watermark column
  column "total" { sql = "RUOND(total_cents / 100, 2)" } # ERROR: Unknown function RUOND
}
