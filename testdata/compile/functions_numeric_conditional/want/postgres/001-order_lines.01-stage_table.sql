-- datamove plan order_metrics, step 1 of 1: order_lines: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove order_metrics:order_lines.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_line_metrics" (
  "id" integer,
  "qty" integer,
  "priority" smallint,
  "unit_price" numeric(10,2),
  "discount" numeric(5,2),
  "weight_g" integer,
  "status" character varying(10),
  "sku" character varying(20),
  "score" double precision
) ON COMMIT DELETE ROWS
