-- datamove plan warehouse_move, step 3 of 3: movements: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove warehouse_move:movements.stage_clear */
DELETE FROM "datamove_stage_movements"
