-- datamove plan event_feed, step 2 of 3: events: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove event_feed:events.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_events" (
  "id" bigint,
  "created_at" timestamp(6) with time zone,
  "kind" character varying(30),
  "payload" text
) ON COMMIT DELETE ROWS
