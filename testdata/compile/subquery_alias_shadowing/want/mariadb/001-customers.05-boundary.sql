-- datamove plan alias_shadowing, step 1 of 3: customers: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   @region     string
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   batch_size  number
/* datamove alias_shadowing:customers.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`customers` AS `s`
  WHERE (`s`.`region` = ?)
    AND (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
