-- datamove plan shop_to_postgres, step 1 of 2: customers: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove shop_to_postgres:customers.stage_clear */
DELETE FROM "datamove_stage_customers"
