# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:
# the fingerprint below covers the structure, and `datamove run` compares it with the live database.

snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "legacy"
  fingerprint    = "sha256:ca1f4ee3651bf0081f4a03554814c7a23778cd29e3e24b5c9d9343c5c2f5c309"
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

table "site_managers" {
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

  foreign_key "site_managers_site_id_fkey" {
    columns     = ["site_id"]
    references  = "sites"
    ref_columns = ["id"]
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
