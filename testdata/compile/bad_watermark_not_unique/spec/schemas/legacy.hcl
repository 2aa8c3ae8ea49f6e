# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:d9265694b42d0ed6b1d90352901110344d26078cf9b07032ed0057c33700df21"
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
    nullable = false
  }
}
