-- datamove plan bank_tenant, setup: checkpoint_reset
-- Runs on the target (mariadb).
-- Deletes the checkpoints of this migration and parameter set, so that the next run starts afresh.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove bank_tenant:checkpoint_reset */
DELETE FROM `bank`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
