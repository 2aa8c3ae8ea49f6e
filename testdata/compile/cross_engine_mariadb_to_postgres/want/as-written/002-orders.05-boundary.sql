-- datamove plan shop_to_postgres, step 2 of 2: orders: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   @since      timestamp
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   batch_size  number
/* datamove shop_to_postgres:orders.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`orders` AS `s`
  WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
    AND (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
