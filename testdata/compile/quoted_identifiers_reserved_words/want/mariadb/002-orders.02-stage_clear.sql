-- datamove plan quoted_names, step 2 of 3: orders: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove quoted_names:orders.stage_clear */
TRUNCATE TABLE `datamove_stage_Orders`
