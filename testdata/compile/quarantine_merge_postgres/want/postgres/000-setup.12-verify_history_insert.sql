-- datamove plan accounts_merge, setup: verify_history_insert
-- Runs on the target (postgres).
-- Appends a verify, reconcile or repair run to the verify history: which plan and parameter set,
-- when, the verdict and the JSON summary of the report (no PII values).
-- Binds:
--   $1   run_id       text
--   $2   migration    text
--   $3   plan_id      text
--   $4   params_hash  text
--   $5   action       text
--   $6   started_at   timestamp(6)
--   $7   finished_at  timestamp(6)
--   $8   verdict      text
--   $9   summary      text
/* datamove accounts_merge:verify_history_insert */
INSERT INTO "app"."datamove_verify_history" ("run_id", "migration", "plan_id", "params_hash",
  "action", "started_at", "finished_at", "verdict", "summary")
VALUES (CAST($1 AS text), CAST($2 AS text), CAST($3 AS text), CAST($4 AS text), CAST($5 AS text),
  CAST($6 AS timestamp(6) without time zone), CAST($7 AS timestamp(6) without time zone), CAST($8 AS text),
  CAST($9 AS text))
