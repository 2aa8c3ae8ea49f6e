# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:b7a8387a0a4f19c6dde83ae3953cad716010759d2accc2ad1cbce4bce9b354cd"
}

table "shipments" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "shipped_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "delivered_on" {
    type     = "date"
    nullable = true
  }
  column "label_epoch" {
    type     = "bigint"
    nullable = false
  }
  column "meta" {
    type     = "jsonb"
    nullable = true
  }
}
