-- datamove plan catalog_merge, step 2 of 3: payments: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove catalog_merge:payments.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_payments` (
  `id` bigint,
  `amount` decimal(12,2),
  `paid_at` datetime(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
