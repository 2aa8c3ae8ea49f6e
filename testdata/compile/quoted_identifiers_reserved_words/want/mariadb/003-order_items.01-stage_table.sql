-- datamove plan quoted_names, step 3 of 3: order_items: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove quoted_names:order_items.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_Order Items` (
  `OrderID` int,
  `LineNo` int,
  `desc` varchar(50)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
