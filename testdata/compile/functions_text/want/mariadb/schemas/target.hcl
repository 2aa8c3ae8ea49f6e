# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "app"
  fingerprint    = "sha256:e0afce5062a67b48876751ac0f83a58ec92b65a3c036ac07e0fa12f596b5a02e"
}

table "people" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "full_name" {
    type     = "character varying(81)"
    nullable = true
  }
  column "label" {
    type     = "text"
    nullable = false
  }
  column "initials" {
    type     = "character varying(2)"
    nullable = true
  }
  column "code_head" {
    type     = "character varying(4)"
    nullable = false
  }
  column "code_tail" {
    type     = "character varying(12)"
    nullable = false
  }
  column "code_mid" {
    type     = "character varying(12)"
    nullable = false
  }
  column "code_padded" {
    type     = "character varying(8)"
    nullable = false
  }
  column "name_padded" {
    type     = "character varying(10)"
    nullable = false
  }
  column "code_unpadded" {
    type     = "character varying(12)"
    nullable = false
  }
  column "note_clean" {
    type     = "text"
    nullable = true
  }
  column "note_edges" {
    type     = "text"
    nullable = true
  }
  column "name_bytes" {
    type     = "integer"
    nullable = false
  }
  column "name_chars" {
    type     = "integer"
    nullable = false
  }
  column "code_md5" {
    type     = "character(32)"
    nullable = false
  }
  column "code_sha256" {
    type     = "character varying(64)"
    nullable = false
  }
}
