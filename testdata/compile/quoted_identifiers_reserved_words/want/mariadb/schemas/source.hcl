# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:e400792816bb1d80a3f5cfaac72ded6c2ea2760ef131c102e05ccd9305c80ce6"
}

table "Order Items" {
  primary_key = ["OrderID", "LineNo"]

  column "OrderID" {
    type     = "integer"
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
    references  = "order"
    ref_columns = ["id"]
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

table "order" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
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
  column "Total Amount" {
    type     = "numeric(10,2)"
    nullable = true
  }
}
