-- datamove plan events_stamp, step 1 of 1: events: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int64
--   ?3   hi_open  bool
--   ?4   hi.id    int64
/* datamove events_stamp:events.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`events` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
