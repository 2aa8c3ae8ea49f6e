-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.stage_clear */
TRUNCATE TABLE `datamove_stage_subscriptions`
