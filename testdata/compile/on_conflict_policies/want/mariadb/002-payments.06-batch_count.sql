-- datamove plan catalog_merge, step 2 of 3: payments: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @include_archived  bool
--   ?2   lo_open            bool
--   ?3   lo.id              int64
--   ?4   hi_open            bool
--   ?5   hi.id              int64
/* datamove catalog_merge:payments.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`payments` AS `s`
WHERE ((NOT `s`.`archived`) OR ?)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
