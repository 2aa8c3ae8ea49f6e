# store_move: Sakila's store 2 (Woodridge, Queensland) leaves the legacy database for the new
# Asia-Pacific regional database. One reviewed plan moves one store: the store is a run-time
# parameter, so the same plan can later move other stores with --param store_id=….
#
# Files of this spec (datamove reads every .hcl file of the folder as one spec):
#   main.hcl     the move, its parameter, source and target
#   tables.hcl   one table block per table: scope, keys, column mappings
#   checks.hcl   invariants and checks that prove the result
# The snapshots in schemas/ come from `datamove inspect` on a database loaded with
# setup/postgres.sql; regenerate them with the commands in README.md, never edit them.

migration "store_move" {
  description = "Move one Sakila store (staff, customers, inventory, rentals, payments) from the legacy database to the regional database"
}

param "store_id" {
  type        = number
  description = "the legacy store_id of the store to move (2 is Woodridge, Queensland)"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "regional" {
  dialect  = "postgres"
  snapshot = "schemas/regional.hcl"
}
