-- datamove plan alias_shadowing, setup: audit_table
-- Runs on the target (postgres).
-- Creates the audit table: who ran, resumed or stopped the plan, with which parameters, when, and
-- how it ended.
-- Binds nothing.
/* datamove alias_shadowing:audit_table */
CREATE TABLE IF NOT EXISTS "crm"."datamove_audit" (
  "run_id" character varying(64),
  "migration" character varying(128),
  "plan_id" character varying(128),
  "params" text,
  "os_user" character varying(128),
  "host" character varying(255),
  "action" character varying(16),
  "started_at" timestamp(6) without time zone,
  "finished_at" timestamp(6) without time zone,
  "rows_moved" bigint,
  "outcome" character varying(32),
  "detail" text,
  PRIMARY KEY ("run_id")
)
