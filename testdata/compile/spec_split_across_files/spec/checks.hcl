# How the move is proven.

check "stock_rows" {
  description = "every stock row of the warehouse arrived"
  row_count   = table.stock
}

check "movement_checksums" {
  description = "every stock movement of the warehouse is identical"
  checksum    = table.movements
}
