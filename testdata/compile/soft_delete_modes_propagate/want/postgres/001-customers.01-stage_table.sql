-- datamove plan crm_soft_deletes, step 1 of 3: customers: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_soft_deletes:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_customers" (
  "id" integer,
  "email" character varying(100),
  "dm_deleted" boolean
) ON COMMIT DELETE ROWS
