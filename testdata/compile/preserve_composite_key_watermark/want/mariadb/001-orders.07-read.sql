-- datamove plan orders_until_cutoff, step 1 of 2: orders: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
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
/* datamove orders_until_cutoff:orders.read */
SELECT `s`.`id`, `s`.`customer_ref`, `s`.`total`, `s`.`updated_at`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`updated_at` <= ?)
  AND (? OR (`s`.`updated_at` > ? OR (`s`.`updated_at` = ? AND `s`.`id` > ?)))
  AND (? OR (`s`.`updated_at` < ? OR (`s`.`updated_at` = ? AND `s`.`id` <= ?)))
ORDER BY `s`.`updated_at`, `s`.`id`
