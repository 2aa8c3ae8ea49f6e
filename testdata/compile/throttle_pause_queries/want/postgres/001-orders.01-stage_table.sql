-- datamove plan orders_copy, step 1 of 1: orders: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove orders_copy:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_orders" (
  "id" integer,
  "total" numeric(12,2)
) ON COMMIT DELETE ROWS
