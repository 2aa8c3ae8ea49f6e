-- datamove plan tenant_move, step 1 of 2: stores: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into stores, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove tenant_move:stores.copy */
INSERT INTO `eu`.`stores` (`legacy_id`, `name`, `tenant_id`)
SELECT `b`.`id`, `b`.`name`, `b`.`tenant_id`
FROM (
  SELECT `s`.`id`, `s`.`name`, `s`.`tenant_id`
  FROM `legacy`.`stores` AS `s`
  WHERE (`s`.`tenant_id` = ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `legacy_id` = IF(`eu`.`stores`.`legacy_id` <=> VALUES(`legacy_id`), `eu`.`stores`.`legacy_id`, NULL),
  `name` = VALUES(`name`),
  `tenant_id` = VALUES(`tenant_id`)
