-- datamove plan geo_move, step 1 of 5: regions: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove geo_move:regions.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_regions" (
  "id" integer,
  "name" character varying(30)
) ON COMMIT DELETE ROWS
