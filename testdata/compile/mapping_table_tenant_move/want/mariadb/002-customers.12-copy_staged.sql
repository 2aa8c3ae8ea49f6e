-- datamove plan tenant_move, step 2 of 2: customers: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @tenant_id  number
/* datamove tenant_move:customers.copy_staged */
INSERT INTO `eu`.`customers` (`legacy_id`, `store_id`, `email`, `created_at`, `balance`, `tenant_id`)
SELECT `b`.`id`, `k_store_id`.`new_key`, LOWER(TRIM(`b`.`email`)), CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, ROUND(`b`.`balance_cents` / 100, 2), ?
FROM `datamove_stage_customers` AS `b`
LEFT JOIN `eu`.`datamove_keymap_stores` AS `k_store_id` ON `k_store_id`.`legacy_key` = `b`.`store_id`
WHERE TRUE
ON DUPLICATE KEY UPDATE `legacy_id` = IF(`eu`.`customers`.`legacy_id` <=> VALUES(`legacy_id`), `eu`.`customers`.`legacy_id`, NULL),
  `store_id` = VALUES(`store_id`),
  `email` = VALUES(`email`),
  `created_at` = VALUES(`created_at`),
  `balance` = VALUES(`balance`),
  `tenant_id` = VALUES(`tenant_id`)
