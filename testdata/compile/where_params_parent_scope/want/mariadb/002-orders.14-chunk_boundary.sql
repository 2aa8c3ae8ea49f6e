-- datamove plan region_move, step 2 of 3: orders: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   ?1   @region            string
--   ?2   @active_only       bool
--   ?3   @since             timestamp
--   ?4   @excluded_channel  string
--   ?5   lo_open            bool
--   ?6   lo.id              int32
--   ?7   hi_open            bool
--   ?8   hi.id              int32
--   ?9   batch_size         number
/* datamove region_move:orders.chunk_boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`orders` AS `s`
  WHERE ((`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE ((`region` = ?) AND (`is_active` OR (NOT ?))) AND (`created_at` >= ?))) AND (`s`.`channel` <> ?))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
