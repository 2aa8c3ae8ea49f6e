# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:48acdaa90290e0597e6de1bac3024a3afb75ad8b2dcb2a38d62489388f0c43cd"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "by_default"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
}
