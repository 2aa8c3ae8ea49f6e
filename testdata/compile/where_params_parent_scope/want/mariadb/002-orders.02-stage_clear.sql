-- datamove plan region_move, step 2 of 3: orders: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove region_move:orders.stage_clear */
DELETE FROM `datamove_stage_orders`
