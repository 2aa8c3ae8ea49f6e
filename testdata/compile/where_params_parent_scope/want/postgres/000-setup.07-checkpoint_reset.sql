-- datamove plan region_move, setup: checkpoint_reset
-- Runs on the target (postgres).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   $1   migration    text
--   $2   params_hash  text
/* datamove region_move:checkpoint_reset */
DELETE FROM "crm"."datamove_checkpoint"
WHERE "migration" = CAST($1 AS text) AND "params_hash" = CAST($2 AS text)
