-- datamove plan geo_move, step 3 of 5: cities: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove geo_move:cities.stage_clear */
DELETE FROM "datamove_stage_cities"
