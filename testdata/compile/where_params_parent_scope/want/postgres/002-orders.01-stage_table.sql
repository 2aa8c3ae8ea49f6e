-- datamove plan region_move, step 2 of 3: orders: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove region_move:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_orders" (
  "id" integer,
  "customer_id" integer,
  "channel" character varying(10),
  "total" numeric(10,2)
) ON COMMIT DELETE ROWS
