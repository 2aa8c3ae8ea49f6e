-- datamove plan orders_copy, step 1 of 1: orders: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove orders_copy:orders.copy */
INSERT INTO `shop`.`orders` (`id`, `total`)
SELECT `b`.`id`, `b`.`total`
FROM (
  SELECT `s`.`id`, `s`.`total`
  FROM `legacy`.`orders` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`shop`.`orders`.`id` <=> VALUES(`id`), `shop`.`orders`.`id`, NULL),
  `total` = VALUES(`total`)
