-- datamove plan bank_tenant, step 1 of 2: accounts: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove bank_tenant:accounts.stage_clear */
DELETE FROM "datamove_stage_accounts"
