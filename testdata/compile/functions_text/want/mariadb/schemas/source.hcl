# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:376ed993d06b1136212bb36d005364a94407ff201c128eb88348e2bbe297f465"
}

table "people" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "first_name" {
    type     = "character varying(40)"
    nullable = false
  }
  column "last_name" {
    type     = "character varying(40)"
    nullable = true
  }
  column "city" {
    type     = "character varying(30)"
    nullable = true
  }
  column "code" {
    type     = "character varying(12)"
    nullable = false
  }
  column "note" {
    type     = "text"
    nullable = true
  }
}
