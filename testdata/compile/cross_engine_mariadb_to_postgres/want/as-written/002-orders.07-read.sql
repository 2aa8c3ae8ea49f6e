-- datamove plan shop_to_postgres, step 2 of 2: orders: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @since   timestamp
--   ?2   lo_open  bool
--   ?3   lo.id    int64
--   ?4   hi_open  bool
--   ?5   hi.id    int64
/* datamove shop_to_postgres:orders.read */
SELECT `s`.`id`, `s`.`customer_id`, `s`.`total`, `s`.`placed_at`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
