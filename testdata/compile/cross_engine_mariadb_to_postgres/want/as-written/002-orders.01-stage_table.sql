-- datamove plan shop_to_postgres, step 2 of 2: orders: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove shop_to_postgres:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_orders" (
  "id" bigint,
  "customer_id" bigint,
  "total" numeric(12,2),
  "placed_at" timestamp(3) without time zone
) ON COMMIT DELETE ROWS
