-- datamove plan catalog_merge, step 3 of 3: products: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove catalog_merge:products.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_products" (
  "product_id" integer,
  "sku" character varying(20),
  "name" character varying(80),
  "origin" character(2)
) ON COMMIT DELETE ROWS
