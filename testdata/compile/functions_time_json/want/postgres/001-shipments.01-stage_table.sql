-- datamove plan shipment_times, step 1 of 1: shipments: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove shipment_times:shipments.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_shipments" (
  "id" integer,
  "shipped_at" timestamp(6) without time zone,
  "delivered_on" date,
  "label_epoch" bigint,
  "meta" jsonb
) ON COMMIT DELETE ROWS
