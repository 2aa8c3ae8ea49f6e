-- datamove plan order_metrics, step 1 of 1: order_lines: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove order_metrics:order_lines.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_line_metrics` (
  `id` int,
  `qty` int,
  `priority` smallint,
  `unit_price` decimal(10,2),
  `discount` decimal(5,2),
  `weight_g` int,
  `status` varchar(10),
  `sku` varchar(20),
  `score` double
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
