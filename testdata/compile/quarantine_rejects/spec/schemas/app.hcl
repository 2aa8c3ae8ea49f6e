# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "app"
  fingerprint    = "sha256:0a9f8a3a78b47604114c1337c8b1531f6ffdea4e66c4f8eb4ab2e5db173f82d3"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
    identity = "by_default"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = false
  }
  column "credit" {
    type     = "numeric(6,2)"
    nullable = true
  }
  column "balance" {
    type     = "numeric(6,2)"
    nullable = false
  }
  column "visits" {
    type     = "integer"
    nullable = true
  }
  column "country" {
    type     = "character(2)"
    nullable = false
  }

  unique "customers_legacy_id_key" {
    columns = ["legacy_id"]
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
    type     = "numeric(8,2)"
    nullable = false
  }
  column "note" {
    type     = "character varying(500)"
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
