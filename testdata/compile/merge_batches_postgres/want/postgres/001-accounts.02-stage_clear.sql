-- datamove plan ledger_merge, step 1 of 3: accounts: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove ledger_merge:accounts.stage_clear */
DELETE FROM "datamove_stage_accounts"
