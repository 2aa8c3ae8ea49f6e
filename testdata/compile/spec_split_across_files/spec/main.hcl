# Pins: a spec spread over several .hcl files of one folder (this file: the migration and its
# endpoints; params.hcl; one file per group of tables; checks.hcl), read as one spec: blocks refer
# to blocks of other files (a remap and a check name tables declared elsewhere, a where uses a
# parameter declared elsewhere), and the plan is the same as if it were one file; a number
# parameter without a default.
migration "warehouse_move" {
  description = "Move one warehouse with its stock and stock movements"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "wms" {
  dialect  = "postgres"
  snapshot = "schemas/wms.hcl"
}
