-- datamove plan orders_until_cutoff, step 1 of 2: orders: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove orders_until_cutoff:orders.stage_clear */
DELETE FROM "datamove_stage_orders"
