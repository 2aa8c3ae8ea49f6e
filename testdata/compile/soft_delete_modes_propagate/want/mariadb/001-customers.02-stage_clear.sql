-- datamove plan crm_soft_deletes, step 1 of 3: customers: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove crm_soft_deletes:customers.stage_clear */
DELETE FROM `datamove_stage_customers`
