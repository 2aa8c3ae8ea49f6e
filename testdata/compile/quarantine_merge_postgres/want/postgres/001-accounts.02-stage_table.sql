-- datamove plan accounts_merge, step 1 of 1: accounts: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove accounts_merge:accounts.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_accounts" (
  "id" integer,
  "name" character varying(100),
  "code" character varying(10),
  "dm_deleted" boolean
) ON COMMIT DELETE ROWS
