-- datamove plan tenant_move, step 2 of 2: customers: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   @tenant_id  number
--   ?3   lo_open     bool
--   ?4   lo.id       int32
--   ?5   hi_open     bool
--   ?6   hi.id       int32
/* datamove tenant_move:customers.copy */
INSERT INTO `eu`.`customers` (`legacy_id`, `store_id`, `email`, `created_at`, `balance`, `tenant_id`)
SELECT `b`.`id`, `k_store_id`.`new_key`, LOWER(TRIM(`b`.`email`)), CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, ROUND(`b`.`balance_cents` / 100, 2), ?
FROM (
  SELECT `s`.`id`, `s`.`store_id`, `s`.`email`, `s`.`created_at`, `s`.`balance_cents`
  FROM `legacy`.`customers` AS `s`
  WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
LEFT JOIN `eu`.`datamove_keymap_stores` AS `k_store_id` ON `k_store_id`.`legacy_key` = `b`.`store_id`
WHERE TRUE
ON DUPLICATE KEY UPDATE `legacy_id` = IF(`eu`.`customers`.`legacy_id` <=> VALUES(`legacy_id`), `eu`.`customers`.`legacy_id`, NULL),
  `store_id` = VALUES(`store_id`),
  `email` = VALUES(`email`),
  `created_at` = VALUES(`created_at`),
  `balance` = VALUES(`balance`),
  `tenant_id` = VALUES(`tenant_id`)
