-- datamove plan shop_to_postgres, step 1 of 2: customers: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   @since      timestamp
--   ?2   lo_open     bool
--   ?3   lo.id       int32 unsigned
--   ?4   batch_size  number
/* datamove shop_to_postgres:customers.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`customers` AS `s`
  WHERE (`s`.`created_at` >= ?)
    AND (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
