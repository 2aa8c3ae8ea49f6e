-- datamove plan warehouse_move, step 1 of 3: warehouses: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove warehouse_move:warehouses.stage_clear */
DELETE FROM "datamove_stage_warehouses"
