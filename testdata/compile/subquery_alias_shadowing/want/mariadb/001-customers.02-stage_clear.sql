-- datamove plan alias_shadowing, step 1 of 3: customers: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove alias_shadowing:customers.stage_clear */
TRUNCATE TABLE `datamove_stage_customers`
