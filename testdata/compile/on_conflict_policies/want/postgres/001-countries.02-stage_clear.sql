-- datamove plan catalog_merge, step 1 of 3: countries: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove catalog_merge:countries.stage_clear */
DELETE FROM "datamove_stage_countries"
