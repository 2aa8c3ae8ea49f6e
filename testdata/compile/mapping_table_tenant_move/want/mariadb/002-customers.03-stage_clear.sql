-- datamove plan tenant_move, step 2 of 2: customers: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove tenant_move:customers.stage_clear */
TRUNCATE TABLE `datamove_stage_customers`
