# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:1ff770dc1e31b655df9a48acbb54a0af900cf9faf6753067c78f3ebd2b9500f1"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "name" {
    type     = "character varying(100)"
    nullable = false
  }
}
