# Pins: key strategy offset (target key = source key + @id_offset, a number parameter with a
# default) on a parent and on its child, and the child's foreign key remapped through the offset
# parent (account_id + @id_offset on the way in, minus it again when the target is checksummed in
# source-key space); the offset binds as an integer, and every target-side key range (checksum,
# prune of hard deletes within target_where) compares the stored key with the bounds plus the
# offset, so the target's key index serves it.
migration "shard_merge" {
  description = "Fold shard 7 into the main cluster by shifting its keys"
}

param "id_offset" {
  type        = number
  description = "added to every key of the shard so it cannot collide with the main cluster's keys"
  default     = 7000000
}

source "shard" {
  dialect  = "postgres"
  snapshot = "schemas/shard.hcl"
}

target "main" {
  dialect  = "postgres"
  snapshot = "schemas/main.hcl"
}

table "accounts" {
  from = shard.accounts
  to   = main.accounts
  key {
    strategy = "offset"
    offset   = "@id_offset"
  }
}

table "invoices" {
  from         = shard.invoices
  to           = main.invoices
  target_where = "id > @id_offset"
  key {
    strategy = "offset"
    offset   = "@id_offset"
  }
  column "account_id" { remap = table.accounts }
  column "amount" { sql = "amount_cents / 100" }
  delete {
    propagate = true
  }
}
