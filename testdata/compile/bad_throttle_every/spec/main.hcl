# Pins: a throttle's every is a positive Go duration string.
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

throttle "replica" {
  source = "SELECT MAX(lag_seconds) > 30 FROM replica_status"
  every  = "0s" # ERROR: Invalid every
}

throttle "queue" {
  target = "SELECT COUNT(*) > 10 FROM job_queue"
  every  = "often" # ERROR: Invalid duration for every
}

table "orders" {
  from = legacy.orders
  to   = shop.orders
}
