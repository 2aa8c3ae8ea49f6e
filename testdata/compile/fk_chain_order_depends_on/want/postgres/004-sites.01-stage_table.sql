-- datamove plan geo_move, step 4 of 5: sites: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove geo_move:sites.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_sites" (
  "id" integer,
  "city_id" integer,
  "label" character varying(40)
) ON COMMIT DELETE ROWS
