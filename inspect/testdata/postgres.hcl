# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "<varies>"
  schema         = "public"
  fingerprint    = "<varies>"
}

table "Order Items" {
  primary_key = ["order_id", "line"]

  column "order_id" {
    type     = "integer"
    nullable = false
  }
  column "line" {
    type     = "smallint"
    nullable = false
  }
  column "user" {
    type     = "text"
    nullable = true
  }
  column "key" {
    type     = "character varying(40)"
    nullable = true
  }
  column "sku" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "qty" {
    type     = "integer"
    nullable = false
  }

  unique "Order Items_user_key_key" {
    columns = ["user", "key"]
  }

  foreign_key "Order Items_order_fkey" {
    columns     = ["order_id"]
    references  = "order"
    ref_columns = ["id"]
    on_delete   = "RESTRICT"
  }
}

table "customers" {
  primary_key = ["CustomerID"]

  column "CustomerID" {
    type     = "bigint"
    nullable = false
    identity = "by_default"
  }
  column "email" {
    type      = "character varying(255)"
    nullable  = false
    collation = "C"
  }
  column "name" {
    type     = "text"
    nullable = false
    default  = "''::text"
  }
  column "region" {
    type     = "character(2)"
    nullable = true
  }
  column "active" {
    type     = "boolean"
    nullable = false
    default  = "true"
  }
  column "created_at" {
    type     = "timestamp with time zone"
    nullable = false
    default  = "now()"
  }

  unique "customers_email_key" {
    columns = ["email"]
  }
  unique "customers_name_region_idx" {
    columns = ["name", "region"]
  }
  unique "customers_region_incl_idx" {
    columns = ["region"]
  }

  foreign_key "customers_region_fkey" {
    columns     = ["region"]
    references  = "regions"
    ref_schema  = "other"
    ref_columns = ["code"]
    on_delete   = "SET NULL"
  }
}

table "events" {
  primary_key = ["id", "at"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "at" {
    type     = "date"
    nullable = false
  }
}

table "order" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
    default  = "nextval('order_id_seq'::regclass)"
    identity = "serial"
  }
  column "CustomerID" {
    type     = "bigint"
    nullable = false
  }
  column "parent_id" {
    type     = "integer"
    nullable = true
  }
  column "group" {
    type     = "smallint"
    nullable = true
  }
  column "select" {
    type     = "text"
    nullable = true
  }
  column "total" {
    type     = "numeric(10,2)"
    nullable = false
    default  = "0"
  }
  column "tax" {
    type     = "numeric"
    nullable = true
  }
  column "total_with_tax" {
    type      = "numeric"
    nullable  = true
    generated = "(total + COALESCE(tax, (0)::numeric))"
  }
  column "ratio" {
    type     = "real"
    nullable = true
  }
  column "score" {
    type     = "double precision"
    nullable = true
  }
  column "placed_on" {
    type     = "date"
    nullable = true
  }
  column "placed_at" {
    type     = "time without time zone"
    nullable = true
  }
  column "created" {
    type     = "timestamp(3) without time zone"
    nullable = true
  }
  column "ts" {
    type     = "timestamp with time zone"
    nullable = true
  }
  column "payload" {
    type     = "json"
    nullable = true
  }
  column "meta" {
    type     = "jsonb"
    nullable = true
    default  = "'{}'::jsonb"
  }
  column "token" {
    type     = "uuid"
    nullable = true
  }
  column "raw" {
    type     = "bytea"
    nullable = true
  }
  column "code" {
    type     = "character(3)"
    nullable = true
  }
  column "label" {
    type     = "character varying(40)"
    nullable = true
    default  = "NULL::character varying"
  }
  column "tags" {
    type     = "text[]"
    nullable = true
  }

  foreign_key "order_CustomerID_fkey" {
    columns     = ["CustomerID"]
    references  = "customers"
    ref_columns = ["CustomerID"]
    on_delete   = "CASCADE"
  }
  foreign_key "order_parent_id_fkey" {
    columns     = ["parent_id"]
    references  = "order"
    ref_columns = ["id"]
  }
}

table "shipments" {
  column "order_id" {
    type     = "integer"
    nullable = true
  }
  column "line" {
    type     = "smallint"
    nullable = true
  }
  column "shipped_at" {
    type     = "timestamp without time zone"
    nullable = true
  }

  foreign_key "shipments_item_fkey" {
    columns     = ["order_id", "line"]
    references  = "Order Items"
    ref_columns = ["order_id", "line"]
    on_delete   = "SET DEFAULT"
  }
}
