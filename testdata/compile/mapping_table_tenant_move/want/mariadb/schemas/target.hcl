# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:6330f7f0f9a16566186c1ebbed73166f30e20ae5f8502bec382d62a5c0732e9f"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "by_default"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "store_id" {
    type     = "bigint"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "created_at" {
    type     = "timestamp(6) with time zone"
    nullable = false
  }
  column "balance" {
    type     = "numeric(12,2)"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }

  unique "customers_legacy_id_key" {
    columns = ["legacy_id"]
  }

  foreign_key "customers_store_id_fkey" {
    columns     = ["store_id"]
    references  = "stores"
    ref_columns = ["id"]
  }
}

table "stores" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "by_default"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }

  unique "stores_legacy_id_key" {
    columns = ["legacy_id"]
  }
}
