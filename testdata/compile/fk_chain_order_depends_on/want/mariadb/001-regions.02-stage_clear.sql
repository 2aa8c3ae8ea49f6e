-- datamove plan geo_move, step 1 of 5: regions: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove geo_move:regions.stage_clear */
TRUNCATE TABLE `datamove_stage_regions`
