-- datamove plan orders_until_cutoff, step 1 of 2: orders: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @cutoff        timestamp
--   ?2   lo_open        bool
--   ?3   lo.updated_at  timestamp(6)
--   ?4   lo.updated_at  timestamp(6)
--   ?5   lo.id          int32
--   ?6   hi_open        bool
--   ?7   hi.updated_at  timestamp(6)
--   ?8   hi.updated_at  timestamp(6)
--   ?9   hi.id          int32
/* datamove orders_until_cutoff:orders.copy */
INSERT INTO `eu`.`orders` (`id`, `customer_ref`, `total`, `updated_at`)
SELECT `b`.`id`, `b`.`customer_ref`, `b`.`total`, `b`.`updated_at`
FROM (
  SELECT `s`.`id`, `s`.`customer_ref`, `s`.`total`, `s`.`updated_at`
  FROM `legacy`.`orders` AS `s`
  WHERE (`s`.`updated_at` <= ?)
    AND (? OR (`s`.`updated_at` > ? OR (`s`.`updated_at` = ? AND `s`.`id` > ?)))
    AND (? OR (`s`.`updated_at` < ? OR (`s`.`updated_at` = ? AND `s`.`id` <= ?)))
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`eu`.`orders`.`id` <=> VALUES(`id`), `eu`.`orders`.`id`, NULL),
  `customer_ref` = VALUES(`customer_ref`),
  `total` = VALUES(`total`),
  `updated_at` = VALUES(`updated_at`)
