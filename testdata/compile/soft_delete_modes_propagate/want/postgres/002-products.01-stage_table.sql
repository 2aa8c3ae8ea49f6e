-- datamove plan crm_soft_deletes, step 2 of 3: products: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_soft_deletes:products.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_products" (
  "id" integer,
  "sku" character varying(20)
) ON COMMIT DELETE ROWS
