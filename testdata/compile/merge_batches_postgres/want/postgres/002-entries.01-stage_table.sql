-- datamove plan ledger_merge, step 2 of 3: entries: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove ledger_merge:entries.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_entries" (
  "id" bigint,
  "account_id" bigint,
  "amount" numeric(14,2),
  "dm_deleted" boolean
) ON COMMIT DELETE ROWS
