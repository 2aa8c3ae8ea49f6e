# Pins: the delete block in its three modes: skip (soft-deleted source rows are not moved, and
# the children of skipped parents are left out by a where filter), flag (they are moved with
# flag_column set to true; a predicate that is NULL for a row, here on a NULL status, counts as
# not deleted, so the flag is false, never NULL) and delete (they are removed from the target and
# not moved); propagate = true with a target_where (a parameter, and a subquery over another
# target table) so that rows gone from the source are pruned from the target within the move's
# scope only; a string parameter with a default written into a target column.
migration "crm_soft_deletes" {
  description = "Move the CRM with its soft deletes resolved per table"
}

param "source_system" {
  type        = string
  description = "stamped on every moved row; marks the target rows this move owns"
  default     = "legacy_crm"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "crm" {
  dialect  = "postgres"
  snapshot = "schemas/crm.hcl"
}

table "products" {
  from = legacy.products
  to   = crm.products
  delete {
    soft_deleted = "is_discontinued"
    mode         = "skip"
  }
  ignore = ["is_discontinued"]
}

table "customers" {
  from         = legacy.customers
  to           = crm.customers
  target_where = "source_system = @source_system"
  column "source_system" { sql = "@source_system" }
  delete {
    soft_deleted = "deleted_at IS NOT NULL OR status = 'closed'"
    mode         = "flag"
    flag_column  = "is_deleted"
    propagate    = true
  }
  ignore = ["deleted_at", "status"]
}

table "subscriptions" {
  from         = legacy.subscriptions
  to           = crm.subscriptions
  where        = "product_id IN (SELECT id FROM products WHERE NOT is_discontinued)"
  target_where = "customer_id IN (SELECT id FROM customers WHERE source_system = @source_system)"
  delete {
    soft_deleted = "cancelled"
    mode         = "delete"
    propagate    = true
  }
  ignore = ["cancelled"]
}
