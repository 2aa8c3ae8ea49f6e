-- datamove plan catalog_merge, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove catalog_merge:checkpoint_reset */
DELETE FROM `shop`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
