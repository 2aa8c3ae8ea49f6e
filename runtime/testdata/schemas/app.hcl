# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "app"
  fingerprint    = "sha256:b32f9bd02b0497e8c859dbac07d28fa0c2b83e2cdd292ed8f32bcfdeb7891a71"
}

table "contacts" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(20)"
    nullable = false
  }
  column "phone" {
    type     = "character varying(40)"
    nullable = true
  }
}

table "control" {
  primary_key = ["name"]

  column "name" {
    type     = "character varying(20)"
    nullable = false
  }
  column "paused" {
    type     = "integer"
    nullable = false
  }
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
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "updated_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "balance_cents" {
    type     = "bigint"
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

table "events" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
  column "kind" {
    type     = "character varying(20)"
    nullable = false
  }
  column "amount" {
    type     = "numeric(12,2)"
    nullable = true
  }
  column "created_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
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
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }

  unique "stores_legacy_id_key" {
    columns = ["legacy_id"]
  }
}

table "tags" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(40)"
    nullable = false
  }
}
