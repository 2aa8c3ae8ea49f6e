-- datamove plan tenant_move, setup: audit_insert
-- Runs on the target (postgres).
-- Records a run, resume or stop as it starts: who (os_user, host), which plan, with which
-- parameters (no PII), when.
-- Binds:
--   $1   run_id      text
--   $2   migration   text
--   $3   plan_id     text
--   $4   params      text
--   $5   os_user     text
--   $6   host        text
--   $7   action      text
--   $8   started_at  timestamp(6)
/* datamove tenant_move:audit_insert */
INSERT INTO "eu"."datamove_audit" ("run_id", "migration", "plan_id", "params", "os_user", "host",
  "action", "started_at")
VALUES (CAST($1 AS text), CAST($2 AS text), CAST($3 AS text), CAST($4 AS text), CAST($5 AS text),
  CAST($6 AS text), CAST($7 AS text), CAST($8 AS timestamp(6) without time zone))
