-- datamove plan bank_tenant, step 1 of 2: accounts: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove bank_tenant:accounts.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_accounts` (
  `id` int,
  `tenant_id` int,
  `email` varchar(100),
  `balance_cents` bigint
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
