-- datamove plan shop_to_postgres, setup: checkpoint_load
-- Runs on the target (postgres).
-- Reads the checkpoints of this migration and parameter set: per step and part, the plan that
-- wrote it, its state, position, range end, counts, fingerprints, times and last error.
-- Binds:
--   $1   migration    text
--   $2   params_hash  text
/* datamove shop_to_postgres:checkpoint_load */
SELECT "step", "part", "plan_id", "state", "position", "range_end", "rows_done", "rows_skipped",
  "rows_rejected", "source_fingerprint", "target_fingerprint", "started_at", "updated_at", "finished_at",
  "last_error"
FROM "shop"."datamove_checkpoint"
WHERE "migration" = CAST($1 AS text) AND "params_hash" = CAST($2 AS text)
ORDER BY "step", "part"
