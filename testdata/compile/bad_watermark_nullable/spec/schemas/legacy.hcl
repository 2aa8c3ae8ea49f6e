# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:77545cd67b400c0c6da330dd9164f4f39ede8f133d341970e16266d6a0b9c75a"
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
    type     = "character varying(50)"
    nullable = false
  }
  column "updated_at" {
    type     = "timestamp without time zone"
    nullable = true
  }
}
