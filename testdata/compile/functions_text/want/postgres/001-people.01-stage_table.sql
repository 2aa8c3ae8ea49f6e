-- datamove plan people_text, step 1 of 1: people: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove people_text:people.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_people" (
  "id" integer,
  "first_name" character varying(40),
  "last_name" character varying(40),
  "city" character varying(30),
  "code" character varying(12),
  "note" text
) ON COMMIT DELETE ROWS
