-- datamove plan orders_until_cutoff, step 1 of 2: orders: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.copy_staged */
INSERT INTO `eu`.`orders` (`id`, `customer_ref`, `total`, `updated_at`)
SELECT `b`.`id`, `b`.`customer_ref`, `b`.`total`, `b`.`updated_at`
FROM `datamove_stage_orders` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`eu`.`orders`.`id` <=> VALUES(`id`), `eu`.`orders`.`id`, NULL),
  `customer_ref` = VALUES(`customer_ref`),
  `total` = VALUES(`total`),
  `updated_at` = VALUES(`updated_at`)
