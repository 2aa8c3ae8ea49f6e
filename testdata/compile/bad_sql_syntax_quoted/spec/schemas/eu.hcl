# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "eu"
  fingerprint    = "sha256:15094739a839166963ee89cd27fb87b0a8a1e8d29d75808d6e6e4dfd20fca8a6"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "name" {
    type     = "text"
    nullable = false
  }
}
