table "customers" {
  from = legacy.customers
  to   = eu.customers
  column "email" { sql = "LOWER(emial)" } # ERROR: Unknown column emial
  column "name" { from = "name" } # ERROR: Type narrowing into name
}
