-- datamove plan region_move, step 2 of 3: orders: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @region            string
--   ?2   @active_only       bool
--   ?3   @since             timestamp
--   ?4   @excluded_channel  string
--   ?5   lo_open            bool
--   ?6   lo.id              int32
--   ?7   hi_open            bool
--   ?8   hi.id              int32
/* datamove region_move:orders.copy */
INSERT INTO `crm`.`orders` (`id`, `customer_id`, `channel`, `total`)
SELECT `b`.`id`, `b`.`customer_id`, `b`.`channel`, `b`.`total`
FROM (
  SELECT `s`.`id`, `s`.`customer_id`, `s`.`channel`, `s`.`total`
  FROM `legacy`.`orders` AS `s`
  WHERE ((`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE ((`region` = ?) AND (`is_active` OR (NOT ?))) AND (`created_at` >= ?))) AND (`s`.`channel` <> ?))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`orders`.`id` <=> VALUES(`id`), `crm`.`orders`.`id`, NULL),
  `customer_id` = VALUES(`customer_id`),
  `channel` = VALUES(`channel`),
  `total` = VALUES(`total`)
