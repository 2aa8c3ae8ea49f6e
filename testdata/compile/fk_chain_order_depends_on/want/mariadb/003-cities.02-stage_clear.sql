-- datamove plan geo_move, step 3 of 5: cities: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove geo_move:cities.stage_clear */
TRUNCATE TABLE `datamove_stage_cities`
