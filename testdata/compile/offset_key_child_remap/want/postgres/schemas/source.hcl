# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "shard"
  fingerprint    = "sha256:bb91de3c3917381d4efb2c436360a47a5cb8fc11542e9fc438913c7d39ed3e22"
}

table "accounts" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
  column "region" {
    type     = "character varying(10)"
    nullable = true
  }
}

table "invoices" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
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
  column "issued_on" {
    type     = "date"
    nullable = false
  }

  foreign_key "invoices_account_id_fkey" {
    columns     = ["account_id"]
    references  = "accounts"
    ref_columns = ["id"]
  }
}
