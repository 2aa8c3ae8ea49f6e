# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:1d8ee36dbe47afce1048aff168eaa5edd41541550cbd9deebcdb18d1fe461d06"
}

table "order_lines" {
  primary_key = ["order_id", "line_no"]

  column "order_id" {
    type     = "integer"
    nullable = false
  }
  column "line_no" {
    type     = "smallint"
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

  foreign_key "order_lines_order_id_fkey" {
    columns     = ["order_id"]
    references  = "orders"
    ref_columns = ["id"]
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "customer_ref" {
    type     = "character varying(20)"
    nullable = false
  }
  column "total" {
    type     = "numeric(10,2)"
    nullable = true
  }
  column "updated_at" {
    type     = "timestamp without time zone"
    nullable = false
  }
}
