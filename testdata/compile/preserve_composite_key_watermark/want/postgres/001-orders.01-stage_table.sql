-- datamove plan orders_until_cutoff, step 1 of 2: orders: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_orders" (
  "id" integer,
  "customer_ref" character varying(20),
  "total" numeric(10,2),
  "updated_at" timestamp(6) without time zone
) ON COMMIT DELETE ROWS
