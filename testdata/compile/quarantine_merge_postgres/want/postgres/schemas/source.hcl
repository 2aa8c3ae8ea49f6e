# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:444dee46edcf910a631936dfa21a4290231670c9ba5b51cac87e7a57307a5efd"
}

table "accounts" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(100)"
    nullable = false
  }
  column "code" {
    type     = "character varying(10)"
    nullable = true
  }
  column "deleted_at" {
    type     = "timestamp without time zone"
    nullable = true
  }
}
