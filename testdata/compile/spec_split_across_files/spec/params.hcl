# Run-time parameters of the warehouse move.

param "warehouse_id" {
  type        = number
  description = "the warehouse to move"
}
