-- datamove plan geo_move, setup: checkpoint_table
-- Runs on the target (postgres).
-- Creates the checkpoint table: one row per plan, step, parameter set and key-range part, advanced
-- in the same transaction as each batch.
-- Binds nothing.
/* datamove geo_move:checkpoint_table */
CREATE TABLE IF NOT EXISTS "geo"."datamove_checkpoint" (
  "plan_id" character varying(128),
  "step" character varying(128),
  "params_hash" character varying(64),
  "part" integer,
  "state" character varying(16),
  "position" text,
  "rows_done" bigint,
  "started_at" timestamp(6) without time zone,
  "updated_at" timestamp(6) without time zone,
  "last_error" text,
  PRIMARY KEY ("plan_id", "step", "params_hash", "part")
)
