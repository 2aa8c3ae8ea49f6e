-- datamove plan shard_merge, step 1 of 2: accounts: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @id_offset  number
/* datamove shard_merge:accounts.copy_staged */
INSERT INTO `main`.`accounts` (`id`, `name`, `region`)
SELECT `b`.`id` + ?, `b`.`name`, `b`.`region`
FROM `datamove_stage_accounts` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`main`.`accounts`.`id` <=> VALUES(`id`), `main`.`accounts`.`id`, NULL),
  `name` = VALUES(`name`),
  `region` = VALUES(`region`)
