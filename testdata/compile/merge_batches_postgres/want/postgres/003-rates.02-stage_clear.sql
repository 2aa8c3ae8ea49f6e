-- datamove plan ledger_merge, step 3 of 3: rates: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove ledger_merge:rates.stage_clear */
DELETE FROM "datamove_stage_rates"
