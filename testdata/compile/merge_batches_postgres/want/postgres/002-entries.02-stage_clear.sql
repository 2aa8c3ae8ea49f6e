-- datamove plan ledger_merge, step 2 of 3: entries: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove ledger_merge:entries.stage_clear */
DELETE FROM "datamove_stage_entries"
