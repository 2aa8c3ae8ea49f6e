-- datamove plan catalog_merge, step 1 of 3: countries: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (code) of the batch_size-th source row after lo
-- in watermark order (no row: the step is done).
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.code     char(2)
--   ?3   batch_size  number
/* datamove catalog_merge:countries.boundary */
SELECT `b`.`code`
FROM (
  SELECT `s`.`code`
  FROM `legacy`.`countries` AS `s`
  WHERE (? OR `s`.`code` > ?)
  ORDER BY `s`.`code`
  LIMIT ?
) AS `b`
ORDER BY `b`.`code` DESC
LIMIT 1
