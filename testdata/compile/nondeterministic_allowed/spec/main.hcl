# Pins: allow_nondeterministic = true on a table whose columns take the catalog's non-deterministic
# functions: NOW(), UTC_TIMESTAMP() and SYSDATE() (the load time in UTC), CURDATE() (the load
# date), RAND() (a sample key) and UUID() (a fresh identifier per row, 36 characters), rendered per
# engine (LOCALTIMESTAMP, CURRENT_DATE, random(), gen_random_uuid() on PostgreSQL;
# UTC_TIMESTAMP(6), UTC_DATE(), RAND(), UUID() on MySQL/MariaDB); such values are written when a
# row is inserted but not updated by a re-run (which therefore changes nothing) and are left out
# of both checksums, which could never reproduce them.
migration "events_stamp" {
  description = "Move events, stamping each with its load time and a trace id"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "app" {
  dialect  = "postgres"
  snapshot = "schemas/app.hcl"
}

table "events" {
  from                   = legacy.events
  to                     = app.events
  allow_nondeterministic = true
  column "loaded_at" { sql = "NOW()" }
  column "seen_at" { sql = "UTC_TIMESTAMP()" }
  column "checked_at" { sql = "SYSDATE()" }
  column "loaded_on" { sql = "CURDATE()" }
  column "sample_key" { sql = "RAND()" }
  column "trace_id" { sql = "UUID()" }
}
