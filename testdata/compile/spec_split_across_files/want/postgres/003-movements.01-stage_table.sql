-- datamove plan warehouse_move, step 3 of 3: movements: stage_table
-- Runs on the target (postgres).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove warehouse_move:movements.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS "datamove_stage_movements" (
  "id" bigint,
  "stock_id" integer,
  "delta" integer,
  "moved_at" timestamp(6) without time zone
) ON COMMIT DELETE ROWS
