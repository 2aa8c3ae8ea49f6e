# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:77f271b360bac81e4ab7c833fb3fd190e98fe908c08d426b5759bf6ad14639d7"
}

table "stock" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "warehouse_id" {
    type     = "integer"
    nullable = false
  }
  column "sku" {
    type     = "character varying(20)"
    nullable = false
  }
  column "qty" {
    type     = "integer"
    nullable = false
  }

  foreign_key "stock_warehouse_id_fkey" {
    columns     = ["warehouse_id"]
    references  = "warehouses"
    ref_columns = ["id"]
  }
}

table "stock_movements" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "stock_id" {
    type     = "integer"
    nullable = false
  }
  column "delta" {
    type     = "integer"
    nullable = false
  }
  column "moved_at" {
    type     = "timestamp without time zone"
    nullable = false
  }

  foreign_key "stock_movements_stock_id_fkey" {
    columns     = ["stock_id"]
    references  = "stock"
    ref_columns = ["id"]
  }
}

table "warehouses" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(60)"
    nullable = false
  }
}
