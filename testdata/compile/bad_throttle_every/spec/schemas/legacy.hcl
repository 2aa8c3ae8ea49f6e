# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:dd1818431a7d6e29be1b480f1e76baa1e6b3aa7064b123987c3a721322a44022"
}

table "orders" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "total" {
    type     = "numeric(12,2)"
    nullable = false
  }
}

table "replica_status" {
  primary_key = ["replica"]

  column "replica" {
    type     = "character varying(50)"
    nullable = false
  }
  column "lag_seconds" {
    type     = "integer"
    nullable = true
  }
}
