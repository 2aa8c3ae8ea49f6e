# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:0c4c9fb7b8a7163229bb24a37e1e68d337200e6e5c7288ca51958986457089b1"
}

table "users" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "login" {
    type     = "character varying(40)"
    nullable = false
  }
  column "full_name" {
    type     = "character varying(80)"
    nullable = true
  }
  column "email" {
    type     = "character varying(120)"
    nullable = true
  }
  column "phone" {
    type     = "character varying(30)"
    nullable = true
  }
  column "country" {
    type     = "character(2)"
    nullable = true
  }
  column "password_hash" {
    type     = "character varying(100)"
    nullable = false
  }
  column "signup_ip" {
    type     = "character varying(45)"
    nullable = true
  }
  column "created_at" {
    type     = "timestamp without time zone"
    nullable = false
  }
}
