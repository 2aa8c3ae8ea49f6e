-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.stage_clear */
DELETE FROM "datamove_stage_subscriptions"
