# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:35eb97b99d072d36beb05335040cb453d51371868a647925619ccccee7864866"
}

table "accounts" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "owner" {
    type     = "character varying(60)"
    nullable = false
  }
  column "opened_on" {
    type     = "date"
    nullable = true
  }
}

table "entries" {
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
    type     = "numeric(14,2)"
    nullable = false
  }
  column "voided" {
    type     = "boolean"
    nullable = false
  }

  foreign_key "entries_account_id_fkey" {
    columns     = ["account_id"]
    references  = "accounts"
    ref_columns = ["id"]
  }
}

table "rates" {
  primary_key = ["currency", "day"]

  column "currency" {
    type     = "character(3)"
    nullable = false
  }
  column "day" {
    type     = "date"
    nullable = false
  }
  column "rate" {
    type     = "numeric(12,6)"
    nullable = false
  }
}
