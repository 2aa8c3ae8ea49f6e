# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:2e0f9593e76df1ba1aa60ab844d59be7246aa7b40839b18e70c4a069065e25d2"
}

table "order_lines" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "qty" {
    type     = "integer"
    nullable = false
  }
  column "priority" {
    type     = "smallint"
    nullable = false
  }
  column "unit_price" {
    type     = "numeric(10,2)"
    nullable = false
  }
  column "discount" {
    type     = "numeric(5,2)"
    nullable = true
  }
  column "weight_g" {
    type     = "integer"
    nullable = true
  }
  column "status" {
    type     = "character varying(10)"
    nullable = false
  }
  column "sku" {
    type     = "character varying(20)"
    nullable = false
  }
  column "score" {
    type     = "double precision"
    nullable = true
  }
}
