# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "regional"
  fingerprint    = "sha256:50cc1d8e330e878e9795e4ca2cd568f88d3d2e825340898eae216b0e74f219c6"
}

table "customer" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "store_id" {
    type     = "bigint"
    nullable = false
  }
  column "first_name" {
    type     = "character varying(60)"
    nullable = false
  }
  column "last_name" {
    type     = "character varying(60)"
    nullable = false
  }
  column "email" {
    type     = "character varying(254)"
    nullable = true
  }
  column "is_active" {
    type     = "boolean"
    nullable = false
  }
  column "created_on" {
    type     = "date"
    nullable = false
  }
  column "legacy_address_id" {
    type     = "integer"
    nullable = false
  }

  unique "customer_legacy_id_key" {
    columns = ["legacy_id"]
  }

  foreign_key "customer_store_id_fkey" {
    columns     = ["store_id"]
    references  = "store"
    ref_columns = ["id"]
  }
}

table "inventory" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "store_id" {
    type     = "bigint"
    nullable = false
  }
  column "film_id" {
    type     = "integer"
    nullable = false
  }

  unique "inventory_legacy_id_key" {
    columns = ["legacy_id"]
  }

  foreign_key "inventory_store_id_fkey" {
    columns     = ["store_id"]
    references  = "store"
    ref_columns = ["id"]
  }
}

table "payment" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "customer_id" {
    type     = "bigint"
    nullable = false
  }
  column "rental_id" {
    type     = "bigint"
    nullable = false
  }
  column "legacy_staff_id" {
    type     = "integer"
    nullable = false
  }
  column "amount" {
    type     = "numeric(9,2)"
    nullable = false
  }
  column "gst" {
    type     = "numeric(9,2)"
    nullable = false
  }
  column "paid_at" {
    type     = "timestamp with time zone"
    nullable = false
  }

  unique "payment_legacy_id_key" {
    columns = ["legacy_id"]
  }

  foreign_key "payment_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customer"
    ref_columns = ["id"]
  }
  foreign_key "payment_rental_id_fkey" {
    columns     = ["rental_id"]
    references  = "rental"
    ref_columns = ["id"]
  }
}

table "rental" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "rented_at" {
    type     = "timestamp with time zone"
    nullable = false
  }
  column "inventory_id" {
    type     = "bigint"
    nullable = false
  }
  column "customer_id" {
    type     = "bigint"
    nullable = false
  }
  column "returned_at" {
    type     = "timestamp with time zone"
    nullable = true
  }
  column "staff_id" {
    type     = "bigint"
    nullable = false
  }

  unique "rental_legacy_id_key" {
    columns = ["legacy_id"]
  }

  foreign_key "rental_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customer"
    ref_columns = ["id"]
  }
  foreign_key "rental_inventory_id_fkey" {
    columns     = ["inventory_id"]
    references  = "inventory"
    ref_columns = ["id"]
  }
  foreign_key "rental_staff_id_fkey" {
    columns     = ["staff_id"]
    references  = "staff"
    ref_columns = ["id"]
  }
}

table "staff" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "store_id" {
    type     = "bigint"
    nullable = false
  }
  column "full_name" {
    type     = "character varying(100)"
    nullable = false
  }
  column "email" {
    type     = "character varying(254)"
    nullable = false
  }
  column "username" {
    type     = "character varying(16)"
    nullable = false
  }
  column "is_active" {
    type     = "boolean"
    nullable = false
  }
  column "legacy_address_id" {
    type     = "integer"
    nullable = false
  }

  unique "staff_legacy_id_key" {
    columns = ["legacy_id"]
  }

  foreign_key "staff_store_id_fkey" {
    columns     = ["store_id"]
    references  = "store"
    ref_columns = ["id"]
  }
}

table "store" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "always"
  }
  column "legacy_id" {
    type     = "integer"
    nullable = true
  }
  column "time_zone" {
    type     = "character varying(64)"
    nullable = false
  }
  column "legacy_address_id" {
    type     = "integer"
    nullable = false
  }
  column "legacy_manager_staff_id" {
    type     = "integer"
    nullable = false
  }

  unique "store_legacy_id_key" {
    columns = ["legacy_id"]
  }
}
