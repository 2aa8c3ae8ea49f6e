-- datamove plan warehouse_move, step 3 of 3: movements: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove warehouse_move:movements.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_movements` (
  `id` bigint,
  `stock_id` int,
  `delta` int,
  `moved_at` datetime(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
