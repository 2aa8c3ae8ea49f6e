-- datamove plan warehouse_move, step 2 of 3: stock: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove warehouse_move:stock.stage_clear */
DELETE FROM "datamove_stage_stock_levels"
