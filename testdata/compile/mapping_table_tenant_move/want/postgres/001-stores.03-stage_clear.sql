-- datamove plan tenant_move, step 1 of 2: stores: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove tenant_move:stores.stage_clear */
DELETE FROM "datamove_stage_stores"
