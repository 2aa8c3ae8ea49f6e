-- datamove plan geo_move, step 3 of 5: cities: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.id       int32
--   ?3   hi_open     bool
--   ?4   hi.id       int32
--   ?5   batch_size  number
/* datamove geo_move:cities.chunk_boundary */
SELECT `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`cities` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
