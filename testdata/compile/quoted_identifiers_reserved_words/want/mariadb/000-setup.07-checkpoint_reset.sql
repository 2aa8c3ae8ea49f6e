-- datamove plan quoted_names, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove quoted_names:checkpoint_reset */
DELETE FROM `shop`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
