-- datamove plan alias_shadowing, step 3 of 3: order_notes: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove alias_shadowing:order_notes.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_order_notes" (
  "id" integer,
  "order_id" integer,
  "body" text
) ON COMMIT DELETE ROWS
