# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "app"
  fingerprint    = "sha256:bfd928dbee1807849c92cf5c77d861d12fb4461f5fc0764291b5cd7f88744b88"
}

table "users" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "username" {
    type     = "character varying(40)"
    nullable = false
  }
  column "display_name" {
    type     = "character varying(80)"
    nullable = false
  }
  column "email" {
    type     = "character varying(120)"
    nullable = true
  }
  column "phone_digits" {
    type     = "character varying(30)"
    nullable = true
  }
  column "country" {
    type     = "character(2)"
    nullable = false
  }
  column "greeting" {
    type     = "text"
    nullable = false
  }
  column "ip_prefix" {
    type     = "character varying(45)"
    nullable = true
  }
  column "created_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "updated_at" {
    type     = "timestamp(6) without time zone"
    nullable = true
  }
}
