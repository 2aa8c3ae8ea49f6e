# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "bank"
  fingerprint    = "sha256:c8f755114a486a74ca71adbf8dc7ca679332607d5cb89613d96ec2cadf855b6c"
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
  column "balance" {
    type     = "numeric(16,2)"
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
  column "amount" {
    type     = "numeric(16,2)"
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
