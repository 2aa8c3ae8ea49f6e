-- datamove plan warehouse_move, step 1 of 3: warehouses: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove warehouse_move:warehouses.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_warehouses" (
  "id" integer,
  "name" character varying(60)
) ON COMMIT DELETE ROWS
