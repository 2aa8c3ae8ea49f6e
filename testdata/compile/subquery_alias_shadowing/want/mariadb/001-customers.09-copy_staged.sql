-- datamove plan alias_shadowing, step 1 of 3: customers: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove alias_shadowing:customers.copy_staged */
INSERT INTO `crm`.`customers` (`id`, `region`, `is_active`, `name`, `created_at`)
SELECT `b`.`id`, `b`.`region`, `b`.`is_active`, `b`.`name`, `b`.`created_at`
FROM `datamove_stage_customers` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`customers`.`id` <=> VALUES(`id`), `crm`.`customers`.`id`, NULL),
  `region` = VALUES(`region`),
  `is_active` = VALUES(`is_active`),
  `name` = VALUES(`name`),
  `created_at` = VALUES(`created_at`)
