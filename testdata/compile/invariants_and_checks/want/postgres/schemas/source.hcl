# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:b086c6cbd0df56fd9ff054a18b1cb4a2b21e69c415de334092381f6a3cd58b2c"
}

table "accounts" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
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
  column "balance_cents" {
    type     = "bigint"
    nullable = false
  }
}

table "transactions" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "account_id" {
    type     = "integer"
    nullable = false
  }
  column "amount_cents" {
    type     = "bigint"
    nullable = false
  }
  column "posted_at" {
    type     = "timestamp without time zone"
    nullable = false
  }

  foreign_key "transactions_account_id_fkey" {
    columns     = ["account_id"]
    references  = "accounts"
    ref_columns = ["id"]
  }
}
