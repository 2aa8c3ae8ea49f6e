-- datamove plan warehouse_move, step 2 of 3: stock: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove warehouse_move:stock.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_stock_levels" (
  "id" integer,
  "warehouse_id" integer,
  "sku" character varying(20),
  "qty" integer
) ON COMMIT DELETE ROWS
