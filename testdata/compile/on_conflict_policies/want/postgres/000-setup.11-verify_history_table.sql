-- datamove plan catalog_merge, setup: verify_history_table
-- Runs on the target (postgres).
-- Creates the verify history: one row per verify or reconcile run (or repair), with its plan,
-- parameter set, times, verdict and JSON summary (no PII values).
-- Binds nothing.
/* datamove catalog_merge:verify_history_table */
CREATE TABLE IF NOT EXISTS "shop"."datamove_verify_history" (
  "run_id" character varying(64),
  "migration" character varying(128),
  "plan_id" character varying(128),
  "params_hash" character varying(128),
  "action" character varying(16),
  "started_at" timestamp(6) without time zone,
  "finished_at" timestamp(6) without time zone,
  "verdict" character varying(32),
  "summary" text,
  PRIMARY KEY ("run_id")
)
