-- datamove plan bank_tenant, step 1 of 2: accounts: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove bank_tenant:accounts.stage_clear */
TRUNCATE TABLE `datamove_stage_accounts`
