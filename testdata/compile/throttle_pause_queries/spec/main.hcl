# Pins: throttle blocks: a source query with a parameter polled every 10s and a target query with
# the default 5s, each checked against its side's snapshot like an invariant and compiled into
# 920-throttle.<name>.sql; plan.json lists them under throttles with every_seconds.
migration "orders_copy" {
  description = "Copy orders without hurting the replicas or the target's job queue"
}

param "max_lag" {
  type        = number
  description = "the replica lag, in seconds, above which the copy pauses"
  default     = 30
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "shop" {
  dialect  = "postgres"
  snapshot = "schemas/shop.hcl"
}

throttle "replica_lag" {
  description = "The source's replicas fall more than max_lag seconds behind"
  source      = "SELECT COALESCE(MAX(lag_seconds), 0) > @max_lag FROM replica_status"
  every       = "10s"
}

throttle "target_busy" {
  target = "SELECT COUNT(*) > 100 FROM job_queue WHERE state = 'running'"
}

table "orders" {
  from = legacy.orders
  to   = shop.orders
}
