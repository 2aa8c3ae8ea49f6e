-- datamove plan crm_cleanup, step 1 of 3: customers: keymap_fill_staged
-- Runs on the target (mariadb).
-- Records in the key map the new id of every row of the batch whose entry is missing or stale (the
-- row was copied again), read back through legacy_id.
-- Binds nothing.
/* datamove crm_cleanup:customers.keymap_fill_staged */
INSERT INTO `app`.`datamove_keymap_customers` (`legacy_key`, `new_key`)
SELECT `t`.`legacy_id`, `t`.`id`
FROM `app`.`customers` AS `t`
WHERE `t`.`legacy_id` IN (
  SELECT `b`.`id`
  FROM `datamove_stage_customers` AS `b`
)
  AND NOT EXISTS (SELECT 1 FROM `app`.`datamove_keymap_customers` AS `k` WHERE `k`.`legacy_key` = `t`.`legacy_id` AND `k`.`new_key` = `t`.`id`)
ON DUPLICATE KEY UPDATE
  `new_key` = VALUES(`new_key`)
