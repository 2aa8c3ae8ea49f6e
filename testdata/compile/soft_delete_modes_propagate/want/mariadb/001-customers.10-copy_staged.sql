-- datamove plan crm_soft_deletes, step 1 of 3: customers: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @source_system  string
/* datamove crm_soft_deletes:customers.copy_staged */
INSERT INTO `crm`.`customers` (`id`, `email`, `is_deleted`, `source_system`)
SELECT `b`.`id`, `b`.`email`, `b`.`dm_deleted`, ?
FROM `datamove_stage_customers` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`customers`.`id` <=> VALUES(`id`), `crm`.`customers`.`id`, NULL),
  `email` = VALUES(`email`),
  `is_deleted` = VALUES(`is_deleted`),
  `source_system` = VALUES(`source_system`)
