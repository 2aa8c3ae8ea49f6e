# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "dw"
  fingerprint    = "sha256:437a0c99a3eabee45dd7939c983a9d00967eda5c9f414685529cbc5978dd3cec"
}

table "line_metrics" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "line_total" {
    type     = "numeric(14,2)"
    nullable = false
  }
  column "price_floor" {
    type     = "integer"
    nullable = false
  }
  column "price_ceil" {
    type     = "integer"
    nullable = false
  }
  column "price_delta" {
    type     = "numeric(12,2)"
    nullable = false
  }
  column "weight_kg" {
    type     = "numeric(10,3)"
    nullable = true
  }
  column "dozens" {
    type     = "bigint"
    nullable = false
  }
  column "leftover" {
    type     = "integer"
    nullable = false
  }
  column "parity" {
    type     = "integer"
    nullable = false
  }
  column "ratio" {
    type     = "numeric"
    nullable = false
  }
  column "price_band" {
    type     = "character varying(4)"
    nullable = false
  }
  column "status_rank" {
    type     = "bigint"
    nullable = false
  }
  column "is_open" {
    type     = "boolean"
    nullable = false
  }
  column "is_v_sku" {
    type     = "boolean"
    nullable = false
  }
  column "is_literal_sku" {
    type     = "boolean"
    nullable = false
  }
  column "has_weight" {
    type     = "boolean"
    nullable = false
  }
  column "no_discount" {
    type     = "boolean"
    nullable = false
  }
  column "discount" {
    type     = "numeric(5,2)"
    nullable = false
  }
  column "discount_or_null" {
    type     = "numeric(5,2)"
    nullable = true
  }
  column "size_label" {
    type     = "character varying(4)"
    nullable = false
  }
  column "top_rank" {
    type     = "integer"
    nullable = false
  }
  column "low_weight" {
    type     = "integer"
    nullable = true
  }
  column "qty_text" {
    type     = "character varying(12)"
    nullable = false
  }
  column "status_text" {
    type     = "text"
    nullable = false
  }
  column "price_int" {
    type     = "bigint"
    nullable = false
  }
  column "score_dec" {
    type     = "numeric(8,3)"
    nullable = true
  }
}
