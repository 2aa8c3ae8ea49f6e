-- datamove plan shard_merge, setup: checkpoint_table
-- Runs on the target (postgres).
-- Creates the checkpoint table: one row per migration, step, parameter set and key-range part,
-- advanced in the same transaction as each batch.
-- Binds nothing.
/* datamove shard_merge:checkpoint_table */
CREATE TABLE IF NOT EXISTS "main"."datamove_checkpoint" (
  "migration" character varying(128),
  "step" character varying(128),
  "params_hash" character varying(128),
  "part" integer,
  "plan_id" character varying(128),
  "state" character varying(32),
  "position" text,
  "range_end" text,
  "rows_done" bigint,
  "rows_skipped" bigint,
  "rows_rejected" bigint,
  "source_fingerprint" character varying(128),
  "target_fingerprint" character varying(128),
  "started_at" timestamp(6) without time zone,
  "updated_at" timestamp(6) without time zone,
  "finished_at" timestamp(6) without time zone,
  "last_error" text,
  PRIMARY KEY ("migration", "step", "params_hash", "part")
)
