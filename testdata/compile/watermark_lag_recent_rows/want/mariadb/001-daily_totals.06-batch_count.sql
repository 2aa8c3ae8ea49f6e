-- datamove plan event_feed, step 1 of 3: daily_totals: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.day   date
--   ?3   hi_open  bool
--   ?4   hi.day   date
/* datamove event_feed:daily_totals.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`daily_totals` AS `s`
WHERE (? OR `s`.`day` > ?)
  AND (? OR `s`.`day` <= ?)
