-- datamove plan crm_cleanup, step 1 of 3: customers: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove crm_cleanup:customers.stage_clear */
DELETE FROM `datamove_stage_customers`
