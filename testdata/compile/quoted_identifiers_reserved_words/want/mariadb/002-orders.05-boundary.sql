-- datamove plan quoted_names, step 2 of 3: orders: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   @grp        string
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   batch_size  number
/* datamove quoted_names:orders.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`order` AS `s`
  WHERE ((`s`.`group` = ?) OR `s`.`select`)
    AND (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
