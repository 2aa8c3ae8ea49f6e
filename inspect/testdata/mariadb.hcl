# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "mariadb"
  server_version = "<varies>"
  schema         = "<test database>"
  fingerprint    = "<varies>"
}

table "Order Items" {
  primary_key = ["order_id", "line"]

  column "order_id" {
    type     = "int(11)"
    nullable = false
  }
  column "line" {
    type     = "smallint(6)"
    nullable = false
  }
  column "user" {
    type     = "varchar(40)"
    nullable = true
  }
  column "key" {
    type     = "varchar(40)"
    nullable = true
  }
  column "qty" {
    type     = "int(11)"
    nullable = false
  }
  column "qty2" {
    type      = "int(11)"
    nullable  = true
    generated = "`qty` * 2"
  }

  unique "user_key" {
    columns = ["user", "key"]
  }

  foreign_key "items_order_fk" {
    columns     = ["order_id"]
    references  = "order"
    ref_columns = ["id"]
  }
}

table "customers" {
  primary_key = ["CustomerID"]

  column "CustomerID" {
    type     = "bigint(20) unsigned"
    nullable = false
    identity = "auto_increment"
  }
  column "email" {
    type      = "varchar(255)"
    nullable  = false
    collation = "utf8mb4_general_ci"
  }
  column "name" {
    type     = "varchar(100)"
    nullable = false
    default  = "''"
  }
  column "active" {
    type     = "tinyint(1)"
    nullable = false
    default  = "1"
  }
  column "created_at" {
    type     = "timestamp"
    nullable = false
    default  = "current_timestamp()"
  }

  unique "customers_email_key" {
    columns = ["email"]
  }
  unique "customers_name_email" {
    columns = ["name", "email"]
  }
}

table "order" {
  primary_key = ["id"]

  column "id" {
    type     = "int(11)"
    nullable = false
    identity = "auto_increment"
  }
  column "CustomerID" {
    type     = "bigint(20) unsigned"
    nullable = false
  }
  column "parent_id" {
    type     = "int(11)"
    nullable = true
  }
  column "group" {
    type     = "smallint(6)"
    nullable = true
  }
  column "select" {
    type     = "text"
    nullable = true
  }
  column "status" {
    type     = "enum('new','Paid','it''s')"
    nullable = false
    default  = "'new'"
  }
  column "total" {
    type     = "decimal(10,2)"
    nullable = false
    default  = "0.00"
  }
  column "tax" {
    type     = "decimal(10,2)"
    nullable = true
  }
  column "total_with_tax" {
    type      = "decimal(12,2)"
    nullable  = true
    generated = "`total` + coalesce(`tax`,0)"
  }
  column "ratio" {
    type     = "float"
    nullable = true
  }
  column "score" {
    type     = "double"
    nullable = true
  }
  column "tiny" {
    type     = "tinyint(3) unsigned"
    nullable = true
  }
  column "medium" {
    type     = "mediumint(9)"
    nullable = true
  }
  column "small" {
    type     = "smallint(5) unsigned"
    nullable = true
  }
  column "big" {
    type     = "bigint(20)"
    nullable = true
  }
  column "placed_on" {
    type     = "date"
    nullable = true
    default  = "'2024-01-01'"
  }
  column "placed_at" {
    type     = "time"
    nullable = true
  }
  column "created" {
    type     = "datetime(6)"
    nullable = true
  }
  column "ts" {
    type     = "timestamp(3)"
    nullable = true
  }
  column "payload" {
    type     = "json"
    nullable = true
  }
  column "raw" {
    type     = "blob"
    nullable = true
  }
  column "hash" {
    type     = "varbinary(32)"
    nullable = true
  }
  column "code" {
    type     = "char(3)"
    nullable = true
  }
  column "note" {
    type     = "varchar(20)"
    nullable = true
    default  = "'it''s \\\\ NULL'"
  }

  foreign_key "order_customer_fk" {
    columns     = ["CustomerID"]
    references  = "customers"
    ref_columns = ["CustomerID"]
    on_delete   = "CASCADE"
  }
  foreign_key "order_parent_fk" {
    columns     = ["parent_id"]
    references  = "order"
    ref_columns = ["id"]
  }
}

table "shipments" {
  column "order_id" {
    type     = "int(11)"
    nullable = true
  }
  column "line" {
    type     = "smallint(6)"
    nullable = true
  }
  column "shipped_at" {
    type     = "datetime"
    nullable = true
  }

  foreign_key "shipments_item_fk" {
    columns     = ["order_id", "line"]
    references  = "Order Items"
    ref_columns = ["order_id", "line"]
    on_delete   = "SET NULL"
  }
}
