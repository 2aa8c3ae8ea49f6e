-- datamove plan alias_shadowing, step 2 of 3: orders: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:orders.copy */
INSERT INTO `crm`.`orders` (`id`, `customer_id`, `channel`, `total`)
SELECT `b`.`id`, `b`.`customer_id`, `b`.`channel`, `b`.`total`
FROM (
  SELECT `s`.`id`, `s`.`customer_id`, `s`.`channel`, `s`.`total`
  FROM `legacy`.`orders` AS `s`
  WHERE (`s`.`customer_id` IN (SELECT `s_1`.`id` FROM `legacy`.`customers` AS `s_1` WHERE (`s_1`.`region` = ?) AND (`s_1`.`id` IN (SELECT `s_2`.`customer_id` FROM `legacy`.`orders` AS `s_2` WHERE `s_2`.`id` = `s`.`id`))))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`orders`.`id` <=> VALUES(`id`), `crm`.`orders`.`id`, NULL),
  `customer_id` = VALUES(`customer_id`),
  `channel` = VALUES(`channel`),
  `total` = VALUES(`total`)
