-- datamove plan catalog_merge, step 1 of 3: countries: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.code  char(2)
--   ?3   hi_open  bool
--   ?4   hi.code  char(2)
/* datamove catalog_merge:countries.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`countries` AS `s`
WHERE (? OR `s`.`code` > ?)
  AND (? OR `s`.`code` <= ?)
