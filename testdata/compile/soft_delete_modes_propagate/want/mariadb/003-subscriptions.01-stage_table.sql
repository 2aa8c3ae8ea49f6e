-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_subscriptions` (
  `id` int,
  `customer_id` int,
  `product_id` int,
  `dm_deleted` tinyint(1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
