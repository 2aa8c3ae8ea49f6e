# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:11ce56f236ef4884d57254ff71c89feedd43fa33d14c9bbaf11f96090388c8c1"
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
  column "created_at" {
    type     = "timestamp with time zone"
    nullable = false
  }
  column "updated_at" {
    type     = "timestamp with time zone"
    nullable = false
  }
}
