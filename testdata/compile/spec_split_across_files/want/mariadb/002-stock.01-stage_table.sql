-- datamove plan warehouse_move, step 2 of 3: stock: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove warehouse_move:stock.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_stock_levels` (
  `id` int,
  `warehouse_id` int,
  `sku` varchar(20),
  `qty` int
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
