-- datamove plan shard_merge, step 1 of 2: accounts: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @id_offset  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove shard_merge:accounts.copy */
INSERT INTO `main`.`accounts` (`id`, `name`, `region`)
SELECT `b`.`id` + ?, `b`.`name`, `b`.`region`
FROM (
  SELECT `s`.`id`, `s`.`name`, `s`.`region`
  FROM `shard`.`accounts` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`main`.`accounts`.`id` <=> VALUES(`id`), `main`.`accounts`.`id`, NULL),
  `name` = VALUES(`name`),
  `region` = VALUES(`region`)
