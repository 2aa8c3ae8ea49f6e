-- datamove plan crm_cleanup, step 2 of 3: orders: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_cleanup:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_orders" (
  "id" integer,
  "customer_id" integer,
  "total" numeric(12,2),
  "note" text
) ON COMMIT DELETE ROWS
