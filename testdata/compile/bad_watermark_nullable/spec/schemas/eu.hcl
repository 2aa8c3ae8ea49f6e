# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:6ed8d19656fb04aa9f9d8260af937e230b0ef0cf16a152cdb6495e9f31474960"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
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
