# Pins, at run time: a tenant move by parameter (@tenant_id) over three steps; new keys from the
# target (mapping_table) with the child's store_id remapped through the parent's key map; a
# composite watermark (updated_at, id) whose timestamps tie; an independent step (events) that
# runs beside the others with --parallel; small batches, so a run has many checkpoints to stop,
# resume, split and retry between.
migration "tenant_move" {
  description = "Move one tenant's stores, customers and events into the app schema"
}

param "tenant_id" {
  type        = number
  description = "the tenant to move"
}

table "stores" {
  from  = legacy.stores
  to    = app.stores
  where = "tenant_id = @tenant_id"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch {
    size = 2
  }
}

table "customers" {
  from      = legacy.customers
  to        = app.customers
  where     = "tenant_id = @tenant_id"
  watermark = ["updated_at", "id"]
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch {
    size = 25
  }
  column "store_id" { remap = table.stores }
  column "email" {
    sql = "LOWER(email)"
    pii = true
  }
}

table "events" {
  from  = legacy.events
  to    = app.events
  where = "tenant_id = @tenant_id"
  batch {
    size = 20
  }
}
