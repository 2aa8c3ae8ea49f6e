-- datamove plan quoted_names, step 1 of 3: groups: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove quoted_names:groups.stage_clear */
DELETE FROM "datamove_stage_group"
