-- datamove plan orders_copy, step 1 of 1: orders: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove orders_copy:orders.stage_clear */
DELETE FROM "datamove_stage_orders"
