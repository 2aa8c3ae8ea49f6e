-- datamove plan ledger_merge, step 1 of 3: accounts: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove ledger_merge:accounts.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_accounts" (
  "id" bigint,
  "owner" character varying(60),
  "opened_on" date
) ON COMMIT DELETE ROWS
