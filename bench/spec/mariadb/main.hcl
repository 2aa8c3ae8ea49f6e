# bench: the benchmark's move on MariaDB. One table of a realistic shape, light transforms, the
# default conflict policy (update only when a value differs, so a re-run writes nothing).
# bench/run writes the snapshots (schemas/) with `datamove inspect` after it creates the tables.
migration "bench" {
  description = "datamove benchmark: dm_bench_src.items to dm_bench_dst.items"
}

param "max_id" {
  type        = number
  description = "move the rows with id <= max_id (bench/run moves half the table to compare peak memory)"
}

source "src" {
  dialect  = "mariadb"
  snapshot = "schemas/src.hcl"
}

target "dst" {
  dialect  = "mariadb"
  snapshot = "schemas/dst.hcl"
}

table "items" {
  from  = src.items
  to    = dst.items
  where = "id <= @max_id"
  batch { size = 50000 }
  column "name" { sql = "LOWER(TRIM(name))" }
  column "note" { sql = "TRIM(note)" }
}
