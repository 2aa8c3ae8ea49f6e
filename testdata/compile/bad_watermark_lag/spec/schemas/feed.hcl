# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "feed"
  fingerprint    = "sha256:1e3483b78ed517a6ef55aad8bcd5f9082a75330ec7770a0dbfac2409c765c21e"
}

table "daily_totals" {
  primary_key = ["day"]

  column "day" {
    type     = "date"
    nullable = false
  }
  column "total" {
    type     = "numeric(14,2)"
    nullable = false
  }
}

table "events" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "created_at" {
    type     = "timestamp(6) with time zone"
    nullable = false
  }
  column "kind" {
    type     = "character varying(30)"
    nullable = false
  }
  column "payload" {
    type     = "text"
    nullable = true
  }
}

table "sources" {
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
