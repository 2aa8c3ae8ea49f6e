-- datamove plan event_feed, step 3 of 3: sources: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove event_feed:sources.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_sources" (
  "id" integer,
  "name" character varying(50)
) ON COMMIT DELETE ROWS
