-- datamove plan bank_tenant, step 2 of 2: transactions: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove bank_tenant:transactions.stage_clear */
DELETE FROM `datamove_stage_transactions`
