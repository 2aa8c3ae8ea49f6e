-- datamove plan region_move, step 1 of 3: customers: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove region_move:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_customers` (
  `id` int,
  `region` varchar(10),
  `is_active` tinyint(1),
  `name` varchar(50),
  `created_at` datetime(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
