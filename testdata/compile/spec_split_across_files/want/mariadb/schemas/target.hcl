# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "wms"
  fingerprint    = "sha256:252c1195b68e6244484245a671b7a7db4405189299f9047f5d666ad342be541d"
}

table "movements" {
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

  foreign_key "movements_stock_id_fkey" {
    columns     = ["stock_id"]
    references  = "stock_levels"
    ref_columns = ["id"]
  }
}

table "stock_levels" {
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
  column "on_hand" {
    type     = "integer"
    nullable = false
  }

  foreign_key "stock_levels_warehouse_id_fkey" {
    columns     = ["warehouse_id"]
    references  = "warehouses"
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
