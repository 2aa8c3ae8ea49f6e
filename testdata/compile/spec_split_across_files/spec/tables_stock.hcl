# What the warehouse holds and how it moved.

table "stock" {
  from  = legacy.stock
  to    = wms.stock_levels
  where = "warehouse_id = @warehouse_id"
  column "warehouse_id" { remap = table.warehouses }
  column "on_hand" { from = "qty" }
}

table "movements" {
  from  = legacy.stock_movements
  to    = wms.movements
  where = "stock_id IN (SELECT id FROM stock WHERE warehouse_id = @warehouse_id)"
  column "stock_id" { remap = table.stock }
}
