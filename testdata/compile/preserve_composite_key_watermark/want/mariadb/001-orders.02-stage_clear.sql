-- datamove plan orders_until_cutoff, step 1 of 2: orders: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.stage_clear */
TRUNCATE TABLE `datamove_stage_orders`
