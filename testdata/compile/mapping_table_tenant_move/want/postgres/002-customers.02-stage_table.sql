-- datamove plan tenant_move, step 2 of 2: customers: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove tenant_move:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_customers" (
  "id" integer,
  "store_id" integer,
  "email" character varying(100),
  "created_at" timestamp(6) without time zone,
  "balance_cents" bigint
) ON COMMIT DELETE ROWS
