# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "shop"
  fingerprint    = "sha256:06f5e136a5c43b1b8e978b734560faacf3958db9bae662e108bfa27fadb4ce15"
}

table "Order Items" {
  primary_key = ["OrderID", "LineNo"]

  column "OrderID" {
    type     = "bigint"
    nullable = false
  }
  column "LineNo" {
    type     = "integer"
    nullable = false
  }
  column "desc" {
    type     = "character varying(50)"
    nullable = true
  }

  foreign_key "Order Items_OrderID_fkey" {
    columns     = ["OrderID"]
    references  = "Orders"
    ref_columns = ["ID"]
  }
}

table "Orders" {
  primary_key = ["ID"]

  column "ID" {
    type     = "bigint"
    nullable = false
  }
  column "CustomerID" {
    type     = "integer"
    nullable = false
  }
  column "group" {
    type     = "character varying(10)"
    nullable = false
  }
  column "select" {
    type     = "boolean"
    nullable = false
  }
  column "Total" {
    type     = "numeric(12,2)"
    nullable = true
  }
}

table "group" {
  primary_key = ["group"]

  column "group" {
    type     = "character varying(10)"
    nullable = false
  }
  column "Label" {
    type     = "character varying(40)"
    nullable = true
  }
}
