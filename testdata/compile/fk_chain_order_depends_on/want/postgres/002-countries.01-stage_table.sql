-- datamove plan geo_move, step 2 of 5: countries: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove geo_move:countries.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_countries" (
  "id" integer,
  "region_id" integer,
  "iso" character(2)
) ON COMMIT DELETE ROWS
