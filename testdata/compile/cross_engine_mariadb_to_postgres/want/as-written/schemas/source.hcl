# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "mariadb"
  server_version = "10.11.6-MariaDB"
  schema         = "legacy"
  fingerprint    = "sha256:5ad4d460868249fd3697560d36860c7c3ad3da2a9d92e317bce25a3539bb2d44"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "int unsigned"
    nullable = false
    identity = "auto_increment"
  }
  column "email" {
    type     = "varchar(100)"
    nullable = true
  }
  column "is_vip" {
    type     = "tinyint(1)"
    nullable = false
  }
  column "tier" {
    type     = "enum('gold','silver','bronze')"
    nullable = true
  }
  column "created_at" {
    type     = "datetime"
    nullable = false
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "auto_increment"
  }
  column "customer_id" {
    type     = "int unsigned"
    nullable = false
  }
  column "total" {
    type     = "decimal(12,2)"
    nullable = false
  }
  column "placed_at" {
    type     = "datetime(3)"
    nullable = false
  }

  foreign_key "orders_ibfk_1" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_columns = ["id"]
  }
}
