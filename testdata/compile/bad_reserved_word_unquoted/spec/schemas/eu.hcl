# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:e3d2ba5a62a7c833bf4ab2590ab39dd87c6fc90904e9672df749a19fed175e92"
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
  column "position" {
    type     = "integer"
    nullable = false
  }
}
