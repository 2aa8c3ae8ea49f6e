-- datamove plan tenant_move, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove tenant_move:checkpoint_reset */
DELETE FROM `eu`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
