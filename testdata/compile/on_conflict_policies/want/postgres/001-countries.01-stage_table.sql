-- datamove plan catalog_merge, step 1 of 3: countries: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove catalog_merge:countries.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_countries" (
  "code" character(2),
  "name" character varying(60)
) ON COMMIT DELETE ROWS
