-- datamove plan warehouse_move, step 1 of 3: warehouses: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove warehouse_move:warehouses.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_warehouses` (
  `id` int,
  `name` varchar(60)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
