# Pins: run order from the target's foreign keys over a chain of four tables
# (regions → countries → cities → sites), written in the spec in reverse and named so that
# alphabetical order would be wrong; remap through a preserve parent (the key is copied as is, the
# remap only adds the dependency); and depends_on ordering a table that has no foreign key in the
# target after the table it logically references.
migration "geo_move" {
  description = "Move the site hierarchy with parents before children"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "geo" {
  dialect  = "postgres"
  snapshot = "schemas/geo.hcl"
}

table "managers" {
  from       = legacy.site_managers
  to         = geo.managers
  depends_on = [table.sites]
}

table "sites" {
  from = legacy.sites
  to   = geo.sites
  column "city_id" { remap = table.cities }
}

table "cities" {
  from = legacy.cities
  to   = geo.cities
  column "country_id" { remap = table.countries }
}

table "countries" {
  from = legacy.countries
  to   = geo.countries
}

table "regions" {
  from = legacy.regions
  to   = geo.regions
}
