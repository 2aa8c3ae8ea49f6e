-- datamove plan alias_shadowing, step 1 of 3: customers: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove alias_shadowing:customers.stage_clear */
DELETE FROM "datamove_stage_customers"
