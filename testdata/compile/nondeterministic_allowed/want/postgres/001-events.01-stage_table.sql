-- datamove plan events_stamp, step 1 of 1: events: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove events_stamp:events.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_events" (
  "id" bigint,
  "kind" character varying(20),
  "payload" text
) ON COMMIT DELETE ROWS
