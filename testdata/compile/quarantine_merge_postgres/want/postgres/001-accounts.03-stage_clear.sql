-- datamove plan accounts_merge, step 1 of 1: accounts: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove accounts_merge:accounts.stage_clear */
DELETE FROM "datamove_stage_accounts"
