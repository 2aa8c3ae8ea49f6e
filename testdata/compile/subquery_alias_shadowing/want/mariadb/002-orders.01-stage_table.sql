-- datamove plan alias_shadowing, step 2 of 3: orders: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove alias_shadowing:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_orders` (
  `id` int,
  `customer_id` int,
  `channel` varchar(10),
  `total` decimal(10,2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
