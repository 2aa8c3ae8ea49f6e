# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:0ee72598b197b623cb3c4163108690aa3072b2b500c8aa676c3930eaa74903fc"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = false
  }
  column "deleted_at" {
    type     = "timestamp without time zone"
    nullable = true
  }
  column "status" {
    type     = "character varying(10)"
    nullable = true
  }
}

table "products" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "sku" {
    type     = "character varying(20)"
    nullable = false
  }
  column "is_discontinued" {
    type     = "boolean"
    nullable = false
  }
}

table "subscriptions" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "customer_id" {
    type     = "integer"
    nullable = false
  }
  column "product_id" {
    type     = "integer"
    nullable = false
  }
  column "cancelled" {
    type     = "boolean"
    nullable = false
  }

  foreign_key "subscriptions_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
  foreign_key "subscriptions_product_id_fkey" {
    columns     = ["product_id"]
    references  = "products"
    ref_columns = ["id"]
  }
}
