# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "mysql"
  server_version = "8.0.36"
  schema         = "eu"
  fingerprint    = "sha256:c99520f3fb0f01bd1c4fac0c4beda0d4227082aac2fca81d8910e60db0075bdd"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "email" {
    type     = "varchar(100)"
    nullable = true
  }
  column "name" {
    type     = "varchar(50)"
    nullable = false
  }
}
