# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:f98eb81a0c499a3c089221395f274bd4938ec0e906c3d607fad4cc0726df74a2"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "region" {
    type     = "character varying(10)"
    nullable = false
  }
  column "is_active" {
    type     = "boolean"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = true
  }
  column "created_at" {
    type     = "timestamp without time zone"
    nullable = false
  }
}

table "order_notes" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "order_id" {
    type     = "integer"
    nullable = false
  }
  column "body" {
    type     = "text"
    nullable = true
  }

  foreign_key "order_notes_order_id_fkey" {
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
  column "channel" {
    type     = "character varying(10)"
    nullable = false
  }
  column "total" {
    type     = "numeric(10,2)"
    nullable = true
  }

  foreign_key "orders_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
}
