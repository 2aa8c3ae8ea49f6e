-- datamove plan crm_cleanup, step 2 of 3: orders: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove crm_cleanup:orders.stage_clear */
DELETE FROM "datamove_stage_orders"
