-- datamove plan users_to_app, step 1 of 1: users: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove users_to_app:users.stage_clear */
DELETE FROM "datamove_stage_users"
