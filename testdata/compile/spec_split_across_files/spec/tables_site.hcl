# The warehouse itself.

table "warehouses" {
  from  = legacy.warehouses
  to    = wms.warehouses
  where = "id = @warehouse_id"
}
