# Pins: quarantine with MERGE batches and soft deletes in delete mode: the MERGE's source rows
# leave out the rows the quarantine takes, but keep soft-deleted rows (MERGE deletes them, and a
# deletion writes no value), and a soft-deleted row is never quarantined.
migration "accounts_merge" {
  description = "Merge accounts into a stricter schema"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "app" {
  dialect  = "postgres"
  snapshot = "schemas/app.hcl"
}

table "accounts" {
  from       = legacy.accounts
  to         = app.accounts
  quarantine = true
  batch {
    method = "merge"
  }
  delete {
    soft_deleted = "deleted_at IS NOT NULL"
    mode         = "delete"
  }
  ignore = ["deleted_at"]
}
