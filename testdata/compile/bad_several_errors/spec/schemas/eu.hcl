# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:808f6bd6f1e393555ef6a60dc15b86b7441909c379fbd20b300c5e3c1289bf92"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "customer_id" {
    type     = "bigint"
    nullable = false
  }
  column "total" {
    type     = "numeric(12,2)"
    nullable = false
  }
  column "shipped_at" {
    type     = "timestamp without time zone"
    nullable = true
  }

  foreign_key "orders_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
}
