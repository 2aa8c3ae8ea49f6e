-- datamove plan quoted_names, step 3 of 3: order_items: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove quoted_names:order_items.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_Order Items" (
  "OrderID" integer,
  "LineNo" integer,
  "desc" character varying(50)
) ON COMMIT DELETE ROWS
