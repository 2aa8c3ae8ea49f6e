# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:bc711d0c54911fb60c4163e869af40169dd862cf5688e53b861c34e8cc106825"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "name" {
    type     = "character varying(100)"
    nullable = false
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "customer_id" {
    type     = "integer"
    nullable = false
  }
  column "total_cents" {
    type     = "bigint"
    nullable = false
  }
  column "shipped_at" {
    type     = "timestamp without time zone"
    nullable = true
  }
}
