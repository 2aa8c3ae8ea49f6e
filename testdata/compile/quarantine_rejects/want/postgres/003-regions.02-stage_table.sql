-- datamove plan crm_cleanup, step 3 of 3: regions: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_cleanup:regions.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_regions" (
  "code" character(2),
  "name" character varying(50)
) ON COMMIT DELETE ROWS
