# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:1fdf4bbfbbc55c8e632601ad47c784ad03281c55d638658e72c7565b45fe05e9"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(200)"
    nullable = false
  }
  column "email" {
    type     = "character varying(300)"
    nullable = true
  }
  column "credit" {
    type     = "numeric(12,2)"
    nullable = true
  }
  column "balance" {
    type     = "numeric(12,3)"
    nullable = false
  }
  column "visits" {
    type     = "bigint"
    nullable = true
  }
  column "country" {
    type     = "character(2)"
    nullable = true
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
    nullable = true
  }
  column "total" {
    type     = "numeric(12,2)"
    nullable = false
  }
  column "note" {
    type     = "text"
    nullable = true
  }

  foreign_key "orders_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
}

table "regions" {
  primary_key = ["code"]

  column "code" {
    type     = "character(2)"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
}
