# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "shop"
  fingerprint    = "sha256:4e4dd9feb375ea57092f35e7f14fa088c04e5bec7b2689294bceeb7b516693b5"
}

table "job_queue" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "state" {
    type     = "character varying(16)"
    nullable = false
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "total" {
    type     = "numeric(12,2)"
    nullable = false
  }
}
