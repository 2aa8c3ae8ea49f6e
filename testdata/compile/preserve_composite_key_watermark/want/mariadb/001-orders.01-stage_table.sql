-- datamove plan orders_until_cutoff, step 1 of 2: orders: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_orders` (
  `id` int,
  `customer_ref` varchar(20),
  `total` decimal(10,2),
  `updated_at` datetime(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
