# Pins: the three conflict policies: skip (rows already in the target are kept: ON CONFLICT DO
# NOTHING, NOT EXISTS on MySQL), update (the default: only rows whose values differ are updated)
# with conflict_key on a unique key other than the primary key (products merged by sku into a
# target whose own id comes from its sequence, the source key kept in legacy_id), and error (a
# plain INSERT: a duplicate stops the run); a bool parameter without a default.
migration "catalog_merge" {
  description = "Merge the legacy catalog into the shop database"
}

param "include_archived" {
  type        = bool
  description = "also move archived payments"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "shop" {
  dialect  = "postgres"
  snapshot = "schemas/shop.hcl"
}

table "countries" {
  from        = legacy.countries
  to          = shop.countries
  on_conflict = "skip"
}

table "products" {
  from         = legacy.products
  to           = shop.products
  conflict_key = ["sku"]
  on_conflict  = "update"
  column "legacy_id" { from = "product_id" }
  column "country_code" { from = "origin" }
}

table "payments" {
  from        = legacy.payments
  to          = shop.payments
  where       = "NOT archived OR @include_archived"
  on_conflict = "error"
  ignore      = ["archived"]
}
