# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "shop"
  fingerprint    = "sha256:5886b474d0cee3796cac77b358cb311ebf25217eb5e578739feca0559b794978"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "email" {
    type     = "character varying(100)"
    nullable = true
  }
  column "is_vip" {
    type     = "boolean"
    nullable = false
  }
  column "tier" {
    type     = "character varying(10)"
    nullable = true
  }
  column "created_at" {
    type     = "timestamp with time zone"
    nullable = false
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
  }
  column "customer_id" {
    type     = "bigint"
    nullable = false
  }
  column "total" {
    type     = "numeric"
    nullable = false
  }
  column "placed_at" {
    type     = "timestamp(3) without time zone"
    nullable = false
  }

  foreign_key "orders_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
}
