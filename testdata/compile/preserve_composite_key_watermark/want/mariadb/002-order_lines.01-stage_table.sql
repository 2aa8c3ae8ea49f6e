-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove orders_until_cutoff:order_lines.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_order_lines` (
  `order_id` int,
  `line_no` smallint,
  `sku` varchar(20),
  `qty` int
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
