-- datamove plan region_move, step 3 of 3: order_notes: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove region_move:order_notes.stage_clear */
DELETE FROM "datamove_stage_order_notes"
