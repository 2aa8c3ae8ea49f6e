# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "shop"
  fingerprint    = "sha256:e4b194450b6b540522f1511946edbb45eaae7bec6b570c2592197d930d4e7472"
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
}

table "products" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "by_default"
  }
  column "sku" {
    type     = "character varying(20)"
    nullable = false
  }
  column "name" {
    type     = "character varying(80)"
    nullable = false
  }
  column "country_code" {
    type     = "character(2)"
    nullable = true
  }
  column "legacy_id" {
    type     = "integer"
    nullable = false
  }

  unique "products_sku_key" {
    columns = ["sku"]
  }

  foreign_key "products_country_code_fkey" {
    columns     = ["country_code"]
    references  = "countries"
    ref_columns = ["code"]
  }
}
