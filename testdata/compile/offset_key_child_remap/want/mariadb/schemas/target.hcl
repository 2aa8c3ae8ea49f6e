# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "main"
  fingerprint    = "sha256:137a82c73bf91c180c5e83d8dd43123031c33abea5b72135cdcc2ce7dc4ec929"
}

table "accounts" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
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
    type     = "bigint"
    nullable = false
  }
  column "account_id" {
    type     = "bigint"
    nullable = false
  }
  column "amount" {
    type     = "numeric"
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
