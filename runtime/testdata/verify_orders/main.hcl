# Pins, at verify time (runtime/verify_*_test.go): one tenant moved into tables of every kind the
# verification must see through — new keys (mapping_table) for a parent and a child whose foreign
# key is remapped through the parent's key map; preserved keys with hard deletes propagated
# (repair may delete extra rows); preserved keys without (repair must keep them); a PII column;
# a target invariant and a query check with a tolerance over target-only tables the tests edit.
migration "verify_orders" {
  description = "Move one tenant's accounts, orders, items and notes, then prove it"
}

param "tenant_id" {
  type        = number
  description = "the tenant to move"
}

table "accounts" {
  from         = legacy.accounts
  to           = app.accounts
  where        = "tenant_id = @tenant_id"
  target_where = "tenant_id = @tenant_id"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch {
    size = 5
  }
}

table "orders" {
  from         = legacy.orders
  to           = app.orders
  where        = "tenant_id = @tenant_id"
  target_where = "tenant_id = @tenant_id"
  key {
    strategy = "mapping_table"
    legacy   = ["legacy_id"]
  }
  batch {
    size = 13
  }
  column "account_id" { remap = table.accounts }
  column "email" { pii = true }
}

table "items" {
  from         = legacy.items
  to           = app.items
  where        = "tenant_id = @tenant_id"
  target_where = "tenant_id = @tenant_id"
  batch {
    size = 11
  }
  delete {
    propagate = true
  }
}

table "notes" {
  from         = legacy.notes
  to           = app.notes
  where        = "tenant_id = @tenant_id"
  target_where = "tenant_id = @tenant_id"
  batch {
    size = 9
  }
}

invariant "no_bad_flags" {
  description = "no flag of the moved tenant is bad"
  target      = "SELECT id, flag FROM flags WHERE flag = 'bad'"
}

check "order_totals" {
  description = "the orders' amounts add up on both sides, target adjustments included"
  source      = "SELECT COUNT(*), SUM(amount) FROM orders WHERE tenant_id = @tenant_id"
  target      = "SELECT COUNT(*), SUM(amount) + (SELECT COALESCE(SUM(delta), 0) FROM adjustments) FROM orders WHERE tenant_id = @tenant_id"
  tolerance   = 0.05
}
