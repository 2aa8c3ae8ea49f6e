-- datamove plan warehouse_move, step 2 of 3: stock: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove warehouse_move:stock.stage_clear */
TRUNCATE TABLE `datamove_stage_stock_levels`
