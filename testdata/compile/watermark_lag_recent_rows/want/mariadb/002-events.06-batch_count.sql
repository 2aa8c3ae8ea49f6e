-- datamove plan event_feed, step 2 of 3: events: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.created_at  timestamptz(6)
--   ?3   lo.created_at  timestamptz(6)
--   ?4   lo.id          int64
--   ?5   hi_open        bool
--   ?6   hi.created_at  timestamptz(6)
--   ?7   hi.created_at  timestamptz(6)
--   ?8   hi.id          int64
/* datamove event_feed:events.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`events` AS `s`
WHERE (? OR (`s`.`created_at` > ? OR (`s`.`created_at` = ? AND `s`.`id` > ?)))
  AND (? OR (`s`.`created_at` < ? OR (`s`.`created_at` = ? AND `s`.`id` <= ?)))
