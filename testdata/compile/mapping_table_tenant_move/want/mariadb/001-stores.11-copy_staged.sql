-- datamove plan tenant_move, step 1 of 2: stores: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into stores, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove tenant_move:stores.copy_staged */
INSERT INTO `eu`.`stores` (`legacy_id`, `name`, `tenant_id`)
SELECT `b`.`id`, `b`.`name`, `b`.`tenant_id`
FROM `datamove_stage_stores` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `legacy_id` = IF(`eu`.`stores`.`legacy_id` <=> VALUES(`legacy_id`), `eu`.`stores`.`legacy_id`, NULL),
  `name` = VALUES(`name`),
  `tenant_id` = VALUES(`tenant_id`)
