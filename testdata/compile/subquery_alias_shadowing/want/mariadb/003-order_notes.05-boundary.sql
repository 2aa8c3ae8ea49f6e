-- datamove plan alias_shadowing, step 3 of 3: order_notes: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order, at most hi (the end of a key-range part; hi_open when there is none), with
-- batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   ?1   @region     string
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
--   ?6   batch_size  number
/* datamove alias_shadowing:order_notes.boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`order_notes` AS `s`
  WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `s_1` INNER JOIN `legacy`.`customers` AS `t` ON `t`.`id` = `s_1`.`customer_id` WHERE (`s_1`.`id` = `s`.`order_id`) AND (`t`.`region` = ?)))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
