-- datamove plan geo_move, step 1 of 5: regions: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove geo_move:regions.stage_clear */
DELETE FROM "datamove_stage_regions"
