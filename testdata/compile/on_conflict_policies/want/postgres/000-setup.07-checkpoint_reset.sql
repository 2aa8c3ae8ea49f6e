-- datamove plan catalog_merge, setup: checkpoint_reset
-- Runs on the target (postgres).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   $1   migration    text
--   $2   params_hash  text
/* datamove catalog_merge:checkpoint_reset */
DELETE FROM "shop"."datamove_checkpoint"
WHERE "migration" = CAST($1 AS text) AND "params_hash" = CAST($2 AS text)
