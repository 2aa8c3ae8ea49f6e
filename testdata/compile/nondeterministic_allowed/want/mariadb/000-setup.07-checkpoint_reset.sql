-- datamove plan events_stamp, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove events_stamp:checkpoint_reset */
DELETE FROM `app`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
