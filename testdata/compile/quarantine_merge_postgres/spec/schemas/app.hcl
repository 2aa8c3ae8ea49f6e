# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "app"
  fingerprint    = "sha256:0c66a26e6eca19d51340851e66cdf6a65400f9d047b6d037eaa742be09f6b06f"
}

table "accounts" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(20)"
    nullable = false
  }
  column "code" {
    type     = "character varying(10)"
    nullable = false
  }
}
