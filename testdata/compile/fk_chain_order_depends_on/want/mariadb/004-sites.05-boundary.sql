-- datamove plan geo_move, step 4 of 5: sites: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.id       int32
--   ?3   batch_size  number
/* datamove geo_move:sites.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`sites` AS `s`
  WHERE (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
