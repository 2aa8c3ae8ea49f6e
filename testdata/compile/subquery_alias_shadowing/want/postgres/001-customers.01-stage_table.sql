-- datamove plan alias_shadowing, step 1 of 3: customers: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove alias_shadowing:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_customers" (
  "id" integer,
  "region" character varying(10),
  "is_active" boolean,
  "name" character varying(50),
  "created_at" timestamp(6) without time zone
) ON COMMIT DELETE ROWS
