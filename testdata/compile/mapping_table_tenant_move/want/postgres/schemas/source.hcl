# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:beeec3fc6a1339721be3dd27d5bc6d1125703f1147b626b9089c15ed5337f784"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
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
  column "created_at" {
    type     = "timestamp without time zone"
    nullable = false
  }
  column "deleted_at" {
    type     = "timestamp without time zone"
    nullable = true
  }
  column "balance_cents" {
    type     = "bigint"
    nullable = false
  }
}

table "stores" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
  column "tenant_id" {
    type     = "integer"
    nullable = false
  }
}
