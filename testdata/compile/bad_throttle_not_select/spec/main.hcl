# Pins: a throttle query must be a SELECT (it only reads, like an invariant) and its first column
# must say whether to pause: a condition, not a text column and not *; each reported on the
# offending text inside the query.
migration "bad" {
  description = "a bad spec"
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}
target "shop" {
  dialect  = "postgres"
  snapshot = "schemas/shop.hcl"
}

throttle "purge" {
  source = "DELETE FROM replica_status WHERE lag_seconds > 100" # ERROR: Not a SELECT
}

throttle "replica" {
  source = "SELECT replica FROM replica_status" # ERROR: Throttle column is not a condition
}

throttle "queue" {
  target = "SELECT * FROM job_queue" # ERROR: Throttle query returns *
}

table "orders" {
  from = legacy.orders
  to   = shop.orders
}
