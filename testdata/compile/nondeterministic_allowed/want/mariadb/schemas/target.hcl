# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "app"
  fingerprint    = "sha256:a74e546fc92049f09ca485001f81ed1fa74e8dcb76a11ff6535ec76b9e86c05b"
}

table "events" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "kind" {
    type     = "character varying(20)"
    nullable = false
  }
  column "payload" {
    type     = "text"
    nullable = true
  }
  column "loaded_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "seen_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "checked_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "loaded_on" {
    type     = "date"
    nullable = false
  }
  column "sample_key" {
    type     = "double precision"
    nullable = false
  }
  column "trace_id" {
    type     = "character varying(36)"
    nullable = false
  }
}
