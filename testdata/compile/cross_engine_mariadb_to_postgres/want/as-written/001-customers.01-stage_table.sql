-- datamove plan shop_to_postgres, step 1 of 2: customers: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove shop_to_postgres:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_customers" (
  "id" bigint,
  "email" character varying(100),
  "is_vip" boolean,
  "tier" text,
  "created_at" timestamp(0) without time zone
) ON COMMIT DELETE ROWS
