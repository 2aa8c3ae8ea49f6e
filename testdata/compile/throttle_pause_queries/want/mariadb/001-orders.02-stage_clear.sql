-- datamove plan orders_copy, step 1 of 1: orders: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove orders_copy:orders.stage_clear */
TRUNCATE TABLE `datamove_stage_orders`
