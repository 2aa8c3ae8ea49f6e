# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "crm"
  fingerprint    = "sha256:8413327eb4446145307e1a042daff4a3e9658e2856ba77239a19301b7db64c83"
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
  column "is_deleted" {
    type     = "boolean"
    nullable = false
  }
  column "source_system" {
    type     = "character varying(20)"
    nullable = false
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
