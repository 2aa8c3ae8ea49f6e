-- datamove plan ledger_merge, step 3 of 3: rates: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove ledger_merge:rates.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_rates" (
  "currency" character(3),
  "day" date,
  "rate" numeric(12,6)
) ON COMMIT DELETE ROWS
