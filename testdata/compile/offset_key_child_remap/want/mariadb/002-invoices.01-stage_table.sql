-- datamove plan shard_merge, step 2 of 2: invoices: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove shard_merge:invoices.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_invoices` (
  `id` int,
  `account_id` int,
  `amount_cents` bigint,
  `issued_on` date
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
