# Pins: a tenant move with new keys (mapping_table) for a parent and a child, the child's foreign
# key remapped through the parent's key map, a child scoped through its parent by a subquery,
# soft-deleted rows skipped, hard deletes propagated within target_where, and transforms
# (LOWER/TRIM, CONVERT_TZ into an instant, exact division rounded to the target scale).
migration "tenant_move" {
  description = "Move one tenant"
}
param "tenant_id" {
  type        = number
  description = "the tenant to move"
  default     = 2
}
source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}
target "eu" {
  dialect  = "postgres"
  snapshot = "schemas/eu.hcl"
}
table "stores" {
  from  = legacy.stores
  to    = eu.stores
  where = "tenant_id = @tenant_id"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
}
table "customers" {
  from         = legacy.customers
  to           = eu.customers
  where        = "store_id IN (SELECT id FROM stores WHERE tenant_id = @tenant_id)"
  target_where = "tenant_id = @tenant_id"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  column "store_id" { remap = table.stores }
  column "email" {
    sql = "LOWER(TRIM(email))"
    pii = true
  }
  column "created_at" { sql = "CONVERT_TZ(created_at, 'America/New_York', 'UTC')" }
  column "balance" { sql = "ROUND(balance_cents / 100, 2)" }
  column "tenant_id" { sql = "@tenant_id" }
  delete {
    soft_deleted = "deleted_at IS NOT NULL"
    mode         = "skip"
    propagate    = true
  }
  ignore = ["deleted_at"]
}
