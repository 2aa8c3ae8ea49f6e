-- datamove plan shard_merge, step 1 of 2: accounts: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove shard_merge:accounts.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_accounts` (
  `id` int,
  `name` varchar(50),
  `region` varchar(10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
