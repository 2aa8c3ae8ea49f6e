-- datamove plan quoted_names, step 1 of 3: groups: chunk_boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next verification chunk: the source key (group) of the
-- batch_size-th row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.group    varchar(10)
--   ?3   hi_open     bool
--   ?4   hi.group    varchar(10)
--   ?5   batch_size  number
/* datamove quoted_names:groups.chunk_boundary */
SELECT `b`.`group`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`group`
  FROM `legacy`.`group` AS `s`
  WHERE (? OR `s`.`group` > ?)
    AND (? OR `s`.`group` <= ?)
  ORDER BY `s`.`group`
  LIMIT ?
) AS `b`
ORDER BY `b`.`group` DESC
LIMIT 1
