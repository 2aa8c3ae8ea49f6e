# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:b57ec0453afac27c7eca95f10b2e7ba48f5a34ed085ddec27c426dc445bdbcf1"
}

table "customer" {
  primary_key = ["customer_id"]

  column "customer_id" {
    type     = "integer"
    nullable = false
    default  = "nextval('customer_customer_id_seq'::regclass)"
    identity = "serial"
  }
  column "store_id" {
    type     = "integer"
    nullable = false
  }
  column "first_name" {
    type     = "character varying(45)"
    nullable = false
  }
  column "last_name" {
    type     = "character varying(45)"
    nullable = false
  }
  column "email" {
    type     = "character varying(50)"
    nullable = true
  }
  column "address_id" {
    type     = "integer"
    nullable = false
  }
  column "activebool" {
    type     = "boolean"
    nullable = false
    default  = "true"
  }
  column "create_date" {
    type     = "date"
    nullable = false
    default  = "('now'::text)::date"
  }
  column "last_update" {
    type     = "timestamp without time zone"
    nullable = true
    default  = "now()"
  }
  column "active" {
    type     = "integer"
    nullable = true
  }

  foreign_key "customer_store_id_fkey" {
    columns     = ["store_id"]
    references  = "store"
    ref_columns = ["store_id"]
    on_delete   = "RESTRICT"
  }
}

table "inventory" {
  primary_key = ["inventory_id"]

  column "inventory_id" {
    type     = "integer"
    nullable = false
    default  = "nextval('inventory_inventory_id_seq'::regclass)"
    identity = "serial"
  }
  column "film_id" {
    type     = "integer"
    nullable = false
  }
  column "store_id" {
    type     = "integer"
    nullable = false
  }
  column "last_update" {
    type     = "timestamp without time zone"
    nullable = false
    default  = "now()"
  }

  foreign_key "inventory_store_id_fkey" {
    columns     = ["store_id"]
    references  = "store"
    ref_columns = ["store_id"]
    on_delete   = "RESTRICT"
  }
}

table "payment" {
  primary_key = ["payment_id"]

  column "payment_id" {
    type     = "integer"
    nullable = false
    default  = "nextval('payment_payment_id_seq'::regclass)"
    identity = "serial"
  }
  column "customer_id" {
    type     = "integer"
    nullable = false
  }
  column "staff_id" {
    type     = "integer"
    nullable = false
  }
  column "rental_id" {
    type     = "integer"
    nullable = false
  }
  column "amount" {
    type     = "numeric(5,2)"
    nullable = false
  }
  column "payment_date" {
    type     = "timestamp without time zone"
    nullable = false
  }

  foreign_key "payment_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customer"
    ref_columns = ["customer_id"]
    on_delete   = "RESTRICT"
  }
  foreign_key "payment_rental_id_fkey" {
    columns     = ["rental_id"]
    references  = "rental"
    ref_columns = ["rental_id"]
    on_delete   = "SET NULL"
  }
  foreign_key "payment_staff_id_fkey" {
    columns     = ["staff_id"]
    references  = "staff"
    ref_columns = ["staff_id"]
    on_delete   = "RESTRICT"
  }
}

table "rental" {
  primary_key = ["rental_id"]

  column "rental_id" {
    type     = "integer"
    nullable = false
    default  = "nextval('rental_rental_id_seq'::regclass)"
    identity = "serial"
  }
  column "rental_date" {
    type     = "timestamp without time zone"
    nullable = false
  }
  column "inventory_id" {
    type     = "integer"
    nullable = false
  }
  column "customer_id" {
    type     = "integer"
    nullable = false
  }
  column "return_date" {
    type     = "timestamp without time zone"
    nullable = true
  }
  column "staff_id" {
    type     = "integer"
    nullable = false
  }
  column "last_update" {
    type     = "timestamp without time zone"
    nullable = false
    default  = "now()"
  }

  unique "idx_unq_rental_rental_date_inventory_id_customer_id" {
    columns = ["rental_date", "inventory_id", "customer_id"]
  }

  foreign_key "rental_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customer"
    ref_columns = ["customer_id"]
    on_delete   = "RESTRICT"
  }
  foreign_key "rental_inventory_id_fkey" {
    columns     = ["inventory_id"]
    references  = "inventory"
    ref_columns = ["inventory_id"]
    on_delete   = "RESTRICT"
  }
  foreign_key "rental_staff_id_fkey" {
    columns     = ["staff_id"]
    references  = "staff"
    ref_columns = ["staff_id"]
    on_delete   = "RESTRICT"
  }
}

table "staff" {
  primary_key = ["staff_id"]

  column "staff_id" {
    type     = "integer"
    nullable = false
    default  = "nextval('staff_staff_id_seq'::regclass)"
    identity = "serial"
  }
  column "first_name" {
    type     = "character varying(45)"
    nullable = false
  }
  column "last_name" {
    type     = "character varying(45)"
    nullable = false
  }
  column "address_id" {
    type     = "integer"
    nullable = false
  }
  column "email" {
    type     = "character varying(50)"
    nullable = true
  }
  column "store_id" {
    type     = "integer"
    nullable = false
  }
  column "active" {
    type     = "boolean"
    nullable = false
    default  = "true"
  }
  column "username" {
    type     = "character varying(16)"
    nullable = false
  }
  column "password" {
    type     = "character varying(40)"
    nullable = true
  }
  column "last_update" {
    type     = "timestamp without time zone"
    nullable = false
    default  = "now()"
  }
  column "picture" {
    type     = "bytea"
    nullable = true
  }

  foreign_key "staff_store_id_fkey" {
    columns     = ["store_id"]
    references  = "store"
    ref_columns = ["store_id"]
  }
}

table "store" {
  primary_key = ["store_id"]

  column "store_id" {
    type     = "integer"
    nullable = false
    default  = "nextval('store_store_id_seq'::regclass)"
    identity = "serial"
  }
  column "manager_staff_id" {
    type     = "integer"
    nullable = false
  }
  column "address_id" {
    type     = "integer"
    nullable = false
  }
  column "last_update" {
    type     = "timestamp without time zone"
    nullable = false
    default  = "now()"
  }

  unique "idx_unq_manager_staff_id" {
    columns = ["manager_staff_id"]
  }

  foreign_key "store_manager_staff_id_fkey" {
    columns     = ["manager_staff_id"]
    references  = "staff"
    ref_columns = ["staff_id"]
    on_delete   = "RESTRICT"
  }
}
