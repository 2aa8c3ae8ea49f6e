-- datamove plan geo_move, step 4 of 5: sites: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove geo_move:sites.stage_clear */
DELETE FROM "datamove_stage_sites"
