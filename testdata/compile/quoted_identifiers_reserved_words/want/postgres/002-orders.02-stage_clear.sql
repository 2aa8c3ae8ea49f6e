-- datamove plan quoted_names, step 2 of 3: orders: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove quoted_names:orders.stage_clear */
DELETE FROM "datamove_stage_Orders"
