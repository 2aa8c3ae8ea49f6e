# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:79218d8d52265834dd7863a920899b8d51e8e819c83ff8077e95bf0cb57789a2"
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
  column "migrated_at" {
    type     = "timestamp with time zone"
    nullable = false
  }
  column "score" {
    type     = "double precision"
    nullable = false
  }
}
