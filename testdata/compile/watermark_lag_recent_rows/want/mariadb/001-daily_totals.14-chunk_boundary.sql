-- datamove plan event_feed, step 1 of 3: daily_totals: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (day) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.day      date
--   ?3   hi_open     bool
--   ?4   hi.day      date
--   ?5   batch_size  number
/* datamove event_feed:daily_totals.chunk_boundary */
SELECT `b`.`day`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`day`
  FROM `legacy`.`daily_totals` AS `s`
  WHERE (? OR `s`.`day` > ?)
    AND (? OR `s`.`day` <= ?)
  ORDER BY `s`.`day`
  LIMIT ?
) AS `b`
ORDER BY `b`.`day` DESC
LIMIT 1
