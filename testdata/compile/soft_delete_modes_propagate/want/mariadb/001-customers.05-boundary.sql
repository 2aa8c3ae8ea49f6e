-- datamove plan crm_soft_deletes, step 1 of 3: customers: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order, at most hi (the end of a key-range part; hi_open when there is none), with
-- batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.id       int32
--   ?3   hi_open     bool
--   ?4   hi.id       int32
--   ?5   batch_size  number
/* datamove crm_soft_deletes:customers.boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`customers` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
