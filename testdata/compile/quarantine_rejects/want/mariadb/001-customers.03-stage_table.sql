-- datamove plan crm_cleanup, step 1 of 3: customers: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_cleanup:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_customers` (
  `id` int,
  `name` varchar(200),
  `email` varchar(300),
  `credit` decimal(12,2),
  `balance` decimal(12,3),
  `visits` bigint,
  `country` char(2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
