-- datamove plan geo_move, step 5 of 5: managers: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove geo_move:managers.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_managers" (
  "id" integer,
  "site_id" integer,
  "full_name" character varying(80)
) ON COMMIT DELETE ROWS
