-- datamove plan geo_move, step 3 of 5: cities: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove geo_move:cities.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_cities" (
  "id" integer,
  "country_id" integer,
  "name" character varying(60)
) ON COMMIT DELETE ROWS
