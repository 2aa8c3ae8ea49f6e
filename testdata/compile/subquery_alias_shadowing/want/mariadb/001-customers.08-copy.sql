-- datamove plan alias_shadowing, step 1 of 3: customers: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:customers.copy */
INSERT INTO `crm`.`customers` (`id`, `region`, `is_active`, `name`, `created_at`)
SELECT `b`.`id`, `b`.`region`, `b`.`is_active`, `b`.`name`, `b`.`created_at`
FROM (
  SELECT `s`.`id`, `s`.`region`, `s`.`is_active`, `s`.`name`, `s`.`created_at`
  FROM `legacy`.`customers` AS `s`
  WHERE (`s`.`region` = ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`customers`.`id` <=> VALUES(`id`), `crm`.`customers`.`id`, NULL),
  `region` = VALUES(`region`),
  `is_active` = VALUES(`is_active`),
  `name` = VALUES(`name`),
  `created_at` = VALUES(`created_at`)
