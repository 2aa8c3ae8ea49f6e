-- datamove plan quoted_names, step 2 of 3: orders: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order, at most hi (the end of a key-range part; hi_open when there is none), with
-- batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   ?1   @grp        string
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
--   ?6   batch_size  number
/* datamove quoted_names:orders.boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`order` AS `s`
  WHERE ((`s`.`group` = ?) OR `s`.`select`)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
