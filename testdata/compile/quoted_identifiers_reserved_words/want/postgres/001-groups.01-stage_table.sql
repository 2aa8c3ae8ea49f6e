-- datamove plan quoted_names, step 1 of 3: groups: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove quoted_names:groups.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_group" (
  "group" character varying(10),
  "Label" character varying(40)
) ON COMMIT DELETE ROWS
