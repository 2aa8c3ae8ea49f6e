-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied, soft-deleted rows left out), with batch_rows,
-- the rows the chunk holds. No row: the range is done.
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.id       int32
--   ?3   hi_open     bool
--   ?4   hi.id       int32
--   ?5   batch_size  number
/* datamove crm_soft_deletes:subscriptions.chunk_boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`subscriptions` AS `s`
  WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
    AND NOT `s`.`cancelled`
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
