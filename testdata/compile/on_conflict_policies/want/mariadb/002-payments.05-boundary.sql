-- datamove plan catalog_merge, step 2 of 3: payments: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   @include_archived  bool
--   ?2   lo_open            bool
--   ?3   lo.id              int64
--   ?4   batch_size         number
/* datamove catalog_merge:payments.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`payments` AS `s`
  WHERE ((NOT `s`.`archived`) OR ?)
    AND (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
