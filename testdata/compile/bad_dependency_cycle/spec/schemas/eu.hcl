# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:a6fba7e51b421befe3d941a5a2a094e247749529d01aeaa955d37977764c26c1"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
}

table "invoices" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "order_id" {
    type     = "integer"
    nullable = false
  }

  foreign_key "invoices_order_id_fkey" {
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
  column "customer_id" {
    type     = "integer"
    nullable = false
  }

  foreign_key "orders_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
}
