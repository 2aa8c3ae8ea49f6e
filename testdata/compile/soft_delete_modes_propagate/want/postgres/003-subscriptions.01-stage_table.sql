-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_subscriptions" (
  "id" integer,
  "customer_id" integer,
  "product_id" integer,
  "dm_deleted" boolean
) ON COMMIT DELETE ROWS
