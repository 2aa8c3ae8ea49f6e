# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:e0c94c7392e5dd8db9201ef3d2ea04eaf94fcaee9bfdd12340b81d309ff7f3e2"
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
  column "created_at" {
    type     = "timestamp without time zone"
    nullable = false
  }
  column "updated_at" {
    type     = "timestamp without time zone"
    nullable = false
  }
}
