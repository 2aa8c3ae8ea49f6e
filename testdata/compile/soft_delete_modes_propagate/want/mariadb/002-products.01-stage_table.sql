-- datamove plan crm_soft_deletes, step 2 of 3: products: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_soft_deletes:products.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_products` (
  `id` int,
  `sku` varchar(20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
