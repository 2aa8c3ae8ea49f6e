-- datamove plan shard_merge, step 2 of 2: invoices: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove shard_merge:invoices.stage_clear */
DELETE FROM "datamove_stage_invoices"
