-- datamove plan bank_tenant, step 2 of 2: transactions: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove bank_tenant:transactions.stage_clear */
TRUNCATE TABLE `datamove_stage_transactions`
