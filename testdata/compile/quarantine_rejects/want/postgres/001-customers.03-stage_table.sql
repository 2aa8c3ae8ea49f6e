-- datamove plan crm_cleanup, step 1 of 3: customers: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_cleanup:customers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_customers" (
  "id" integer,
  "name" character varying(200),
  "email" character varying(300),
  "credit" numeric(12,2),
  "balance" numeric(12,3),
  "visits" bigint,
  "country" character(2)
) ON COMMIT DELETE ROWS
