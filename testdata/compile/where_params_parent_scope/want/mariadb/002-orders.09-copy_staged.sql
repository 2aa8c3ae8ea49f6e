-- datamove plan region_move, step 2 of 3: orders: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove region_move:orders.copy_staged */
INSERT INTO `crm`.`orders` (`id`, `customer_id`, `channel`, `total`)
SELECT `b`.`id`, `b`.`customer_id`, `b`.`channel`, `b`.`total`
FROM `datamove_stage_orders` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`orders`.`id` <=> VALUES(`id`), `crm`.`orders`.`id`, NULL),
  `customer_id` = VALUES(`customer_id`),
  `channel` = VALUES(`channel`),
  `total` = VALUES(`total`)
