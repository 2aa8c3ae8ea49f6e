-- datamove plan catalog_merge, step 3 of 3: products: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove catalog_merge:products.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_products` (
  `product_id` int,
  `sku` varchar(20),
  `name` varchar(80),
  `origin` char(2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
