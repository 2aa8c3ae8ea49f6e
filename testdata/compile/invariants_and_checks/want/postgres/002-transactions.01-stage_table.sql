-- datamove plan bank_tenant, step 2 of 2: transactions: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove bank_tenant:transactions.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_transactions" (
  "id" bigint,
  "account_id" integer,
  "amount_cents" bigint,
  "posted_at" timestamp(6) without time zone
) ON COMMIT DELETE ROWS
