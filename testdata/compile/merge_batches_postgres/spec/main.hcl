# Pins: batch { size, method = "merge" } on PostgreSQL 15: one MERGE per batch whose ON clause
# also bounds the target to the batch's key range, WHEN MATCHED … IS DISTINCT FROM … THEN UPDATE
# for conflict policy update, only WHEN NOT MATCHED for skip, WHEN MATCHED AND deleted THEN DELETE
# for soft-delete mode delete, and OVERRIDING SYSTEM VALUE for a GENERATED ALWAYS identity key
# that is preserved; a watermark that is not the key (rates: the day first) leaves the MERGE
# unbounded on the target side, which the compiler warns about. Rendered for postgres only (see
# the dialects file).
migration "ledger_merge" {
  description = "Merge the ledger into PostgreSQL 15 with MERGE"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "ledger" {
  dialect  = "postgres"
  snapshot = "schemas/ledger.hcl"
}

table "accounts" {
  from = legacy.accounts
  to   = ledger.accounts
  batch {
    size   = 5000
    method = "merge"
  }
}

table "entries" {
  from = legacy.entries
  to   = ledger.entries
  batch {
    size   = 20000
    method = "merge"
  }
  delete {
    soft_deleted = "voided"
    mode         = "delete"
  }
  ignore = ["voided"]
}

table "rates" {
  from        = legacy.rates
  to          = ledger.rates
  on_conflict = "skip"
  watermark   = ["day", "currency"]
  batch {
    size   = 1000
    method = "merge" # WARNING: MERGE reads the whole target per batch
  }
}
