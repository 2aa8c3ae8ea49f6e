# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "geo"
  fingerprint    = "sha256:e287fcb22675f58ce66655d8e29566efaf44c3c3c891810a0931396eba27680f"
}

table "cities" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "country_id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(60)"
    nullable = false
  }

  foreign_key "cities_country_id_fkey" {
    columns     = ["country_id"]
    references  = "countries"
    ref_columns = ["id"]
  }
}

table "countries" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "region_id" {
    type     = "integer"
    nullable = false
  }
  column "iso" {
    type     = "character(2)"
    nullable = false
  }

  foreign_key "countries_region_id_fkey" {
    columns     = ["region_id"]
    references  = "regions"
    ref_columns = ["id"]
  }
}

table "managers" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "site_id" {
    type     = "integer"
    nullable = false
  }
  column "full_name" {
    type     = "character varying(80)"
    nullable = true
  }
}

table "regions" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "name" {
    type     = "character varying(30)"
    nullable = false
  }
}

table "sites" {
  primary_key = ["id"]

  column "id" {
    type     = "integer"
    nullable = false
  }
  column "city_id" {
    type     = "integer"
    nullable = false
  }
  column "label" {
    type     = "character varying(40)"
    nullable = false
  }

  foreign_key "sites_city_id_fkey" {
    columns     = ["city_id"]
    references  = "cities"
    ref_columns = ["id"]
  }
}
