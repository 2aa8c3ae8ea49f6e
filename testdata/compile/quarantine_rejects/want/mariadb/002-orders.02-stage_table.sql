-- datamove plan crm_cleanup, step 2 of 3: orders: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_cleanup:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_orders` (
  `id` int,
  `customer_id` int,
  `total` decimal(12,2),
  `note` longtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
