-- datamove plan catalog_merge, step 2 of 3: payments: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   ?1   @include_archived  bool
--   ?2   lo_open            bool
--   ?3   lo.id              int64
--   ?4   hi_open            bool
--   ?5   hi.id              int64
--   ?6   batch_size         number
/* datamove catalog_merge:payments.chunk_boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`payments` AS `s`
  WHERE ((NOT `s`.`archived`) OR ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
