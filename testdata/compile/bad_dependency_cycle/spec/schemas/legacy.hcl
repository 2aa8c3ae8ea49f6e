# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:870a735f95211ef8e0dcd3072d203d4089112e09aad986b72b7d93eac753dfcb"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(50)"
    nullable = false
  }
}

table "invoices" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "order_id" {
    type     = "integer"
    nullable = false
  }
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "customer_id" {
    type     = "integer"
    nullable = false
  }
}
