# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "dw"
  fingerprint    = "sha256:72d8f286156e0c76d5ab9311a46e09cdea34d6ca23d34121f9e3844fd4e96147"
}

table "shipments" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "shipped_utc" {
    type     = "timestamp(6) with time zone"
    nullable = false
  }
  column "shipped_paris" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "ship_day" {
    type     = "date"
    nullable = false
  }
  column "ship_day_cast" {
    type     = "date"
    nullable = false
  }
  column "delivered_at" {
    type     = "timestamp(0) without time zone"
    nullable = true
  }
  column "ship_year" {
    type     = "bigint"
    nullable = false
  }
  column "ship_month" {
    type     = "bigint"
    nullable = false
  }
  column "ship_dom" {
    type     = "bigint"
    nullable = false
  }
  column "ship_hour" {
    type     = "bigint"
    nullable = false
  }
  column "ship_quarter" {
    type     = "bigint"
    nullable = false
  }
  column "ship_epoch" {
    type     = "numeric(23,6)"
    nullable = false
  }
  column "label_printed_at" {
    type     = "timestamp(6) without time zone"
    nullable = false
  }
  column "carrier" {
    type     = "text"
    nullable = true
  }
  column "parcels" {
    type     = "jsonb"
    nullable = true
  }
}
