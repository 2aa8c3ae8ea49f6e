# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:f46f6deebd5f00102e19fd5732576c91aa17da461252bd1af505fd732774f04a"
}

table "events" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "kind" {
    type     = "character varying(20)"
    nullable = false
  }
  column "payload" {
    type     = "text"
    nullable = true
  }
}
