# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:7c38aef8d8beb91a86a59252f34794586571e3b345250c2fe8e2629d2aa88220"
}

table "countries" {
  primary_key = ["code"]

  column "code" {
    type     = "character(2)"
    nullable = false
  }
  column "name" {
    type     = "character varying(60)"
    nullable = false
  }
}

table "payments" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "amount" {
    type     = "numeric(12,2)"
    nullable = false
  }
  column "paid_at" {
    type     = "timestamp with time zone"
    nullable = false
  }
  column "archived" {
    type     = "boolean"
    nullable = false
  }
}

table "products" {
  primary_key = ["product_id"]

  column "product_id" {
    type     = "integer"
    nullable = false
  }
  column "sku" {
    type     = "character varying(20)"
    nullable = false
  }
  column "name" {
    type     = "character varying(80)"
    nullable = false
  }
  column "origin" {
    type     = "character(2)"
    nullable = true
  }

  unique "products_sku_key" {
    columns = ["sku"]
  }

  foreign_key "products_origin_fkey" {
    columns     = ["origin"]
    references  = "countries"
    ref_columns = ["code"]
  }
}
