-- datamove plan tenant_move, step 1 of 2: stores: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove tenant_move:stores.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_stores` (
  `id` int,
  `name` varchar(50),
  `tenant_id` int
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
