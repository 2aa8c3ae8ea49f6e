# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:0ba5eab131e94cb10c72ebffaf02e25c3b91aec04ae389bf20bc54129d858536"
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
    type     = "character varying(100)"
    nullable = true
  }
  column "phone" {
    type     = "character varying(40)"
    nullable = true
  }
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
  column "store_id" {
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
    type     = "integer"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
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
