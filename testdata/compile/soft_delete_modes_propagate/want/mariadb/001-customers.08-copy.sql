-- datamove plan crm_soft_deletes, step 1 of 3: customers: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @source_system  string
--   ?2   lo_open         bool
--   ?3   lo.id           int32
--   ?4   hi_open         bool
--   ?5   hi.id           int32
/* datamove crm_soft_deletes:customers.copy */
INSERT INTO `crm`.`customers` (`id`, `email`, `is_deleted`, `source_system`)
SELECT `b`.`id`, `b`.`email`, `b`.`dm_deleted`, ?
FROM (
  SELECT `s`.`id`, `s`.`email`, (((`s`.`deleted_at` IS NOT NULL) OR (`s`.`status` = 'closed')) IS TRUE) AS `dm_deleted`
  FROM `legacy`.`customers` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`customers`.`id` <=> VALUES(`id`), `crm`.`customers`.`id`, NULL),
  `email` = VALUES(`email`),
  `is_deleted` = VALUES(`is_deleted`),
  `source_system` = VALUES(`source_system`)
