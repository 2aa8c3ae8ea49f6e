-- datamove plan ledger_merge, setup: verify_history_last
-- Runs on the target (postgres).
-- Reads the last verify, reconcile or repair run of this migration and parameter set (for datamove
-- status): run id, plan id, action, when it finished, verdict.
-- Binds:
--   $1   migration    text
--   $2   params_hash  text
/* datamove ledger_merge:verify_history_last */
SELECT "run_id", "plan_id", "action", "finished_at", "verdict"
FROM "ledger"."datamove_verify_history"
WHERE "migration" = CAST($1 AS text) AND "params_hash" = CAST($2 AS text)
ORDER BY "finished_at" DESC, "run_id" DESC
LIMIT 1
