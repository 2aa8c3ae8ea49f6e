-- datamove plan tenant_move, step 1 of 2: stores: keymap_fill_staged
-- Runs on the target (mariadb).
-- Records in the key map the new id of every row of the batch whose entry is missing or stale (the
-- row was copied again), read back through legacy_id.
-- Binds nothing.
/* datamove tenant_move:stores.keymap_fill_staged */
INSERT INTO `eu`.`datamove_keymap_stores` (`legacy_key`, `new_key`)
SELECT `t`.`legacy_id`, `t`.`id`
FROM `eu`.`stores` AS `t`
WHERE `t`.`legacy_id` IN (
  SELECT `b`.`id`
  FROM `datamove_stage_stores` AS `b`
)
  AND NOT EXISTS (SELECT 1 FROM `eu`.`datamove_keymap_stores` AS `k` WHERE `k`.`legacy_key` = `t`.`legacy_id` AND `k`.`new_key` = `t`.`id`)
ON DUPLICATE KEY UPDATE
  `new_key` = VALUES(`new_key`)
