-- datamove plan crm_soft_deletes, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove crm_soft_deletes:checkpoint_reset */
DELETE FROM `crm`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
