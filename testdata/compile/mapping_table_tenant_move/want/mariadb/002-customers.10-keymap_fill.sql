-- datamove plan tenant_move, step 2 of 2: customers: keymap_fill
-- Runs on the target (mariadb).
-- Records in the key map the new id of every row of the batch whose entry is missing or stale (the
-- row was copied again), read back through legacy_id.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove tenant_move:customers.keymap_fill */
INSERT INTO `eu`.`datamove_keymap_customers` (`legacy_key`, `new_key`)
SELECT `t`.`legacy_id`, `t`.`id`
FROM `eu`.`customers` AS `t`
WHERE `t`.`legacy_id` IN (
  SELECT `b`.`id`
  FROM (
    SELECT `s`.`id`, `s`.`store_id`, `s`.`email`, `s`.`created_at`, `s`.`balance_cents`
    FROM `legacy`.`customers` AS `s`
    WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
)
  AND NOT EXISTS (SELECT 1 FROM `eu`.`datamove_keymap_customers` AS `k` WHERE `k`.`legacy_key` = `t`.`legacy_id` AND `k`.`new_key` = `t`.`id`)
ON DUPLICATE KEY UPDATE
  `new_key` = VALUES(`new_key`)
