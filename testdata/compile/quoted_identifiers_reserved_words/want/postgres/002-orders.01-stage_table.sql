-- datamove plan quoted_names, step 2 of 3: orders: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove quoted_names:orders.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_Orders" (
  "id" integer,
  "CustomerID" integer,
  "group" character varying(10),
  "select" boolean,
  "Total Amount" numeric(10,2)
) ON COMMIT DELETE ROWS
