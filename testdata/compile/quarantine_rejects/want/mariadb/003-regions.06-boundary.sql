-- datamove plan crm_cleanup, step 3 of 3: regions: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (code) of the batch_size-th source row after lo
-- in watermark order (no row: the step is done).
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.code     char(2)
--   ?3   batch_size  number
/* datamove crm_cleanup:regions.boundary */
SELECT `b`.`code`
FROM (
  SELECT `s`.`code`
  FROM `legacy`.`regions` AS `s`
  WHERE (? OR `s`.`code` > ?)
  ORDER BY `s`.`code`
  LIMIT ?
) AS `b`
ORDER BY `b`.`code` DESC
LIMIT 1
