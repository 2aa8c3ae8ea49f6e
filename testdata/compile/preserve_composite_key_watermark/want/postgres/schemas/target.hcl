# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:398636765f4116c1992a2dc2450b690c6b1590f2ac9be2a509dc31dc37be6e76"
}

table "order_lines" {
  primary_key = ["order_id", "line_no"]

  column "order_id" {
    type     = "bigint"
    nullable = false
  }
  column "line_no" {
    type     = "integer"
    nullable = false
  }
  column "sku" {
    type     = "character varying(40)"
    nullable = false
  }
  column "quantity" {
    type     = "integer"
    nullable = false
  }

  foreign_key "order_lines_order_id_fkey" {
    columns     = ["order_id"]
    references  = "orders"
    ref_columns = ["id"]
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "customer_ref" {
    type     = "character varying(20)"
    nullable = false
  }
  column "total" {
    type     = "numeric(12,2)"
    nullable = true
  }
  column "updated_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
}
