-- datamove plan tenant_move, step 2 of 2: customers: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove tenant_move:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_customers` (
  `id` int,
  `store_id` int,
  `email` varchar(100),
  `created_at` datetime(6),
  `balance_cents` bigint
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
