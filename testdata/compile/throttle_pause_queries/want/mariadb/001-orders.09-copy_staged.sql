-- datamove plan orders_copy, step 1 of 1: orders: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove orders_copy:orders.copy_staged */
INSERT INTO `shop`.`orders` (`id`, `total`)
SELECT `b`.`id`, `b`.`total`
FROM `datamove_stage_orders` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`shop`.`orders`.`id` <=> VALUES(`id`), `shop`.`orders`.`id`, NULL),
  `total` = VALUES(`total`)
