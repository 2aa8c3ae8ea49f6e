-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove orders_until_cutoff:order_lines.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_order_lines" (
  "order_id" integer,
  "line_no" smallint,
  "sku" character varying(20),
  "qty" integer
) ON COMMIT DELETE ROWS
