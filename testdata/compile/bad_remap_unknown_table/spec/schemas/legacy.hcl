# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:d52d353dd250d14fcbe93a8017a013f1549fc2f23bd0d6900e0480ca763606bb"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "store_id" {
    type     = "integer"
    nullable = false
  }
}

table "stores" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
}
