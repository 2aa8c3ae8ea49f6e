-- datamove plan order_metrics, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove order_metrics:checkpoint_reset */
DELETE FROM `dw`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
