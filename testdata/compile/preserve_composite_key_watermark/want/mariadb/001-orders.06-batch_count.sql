-- datamove plan orders_until_cutoff, step 1 of 2: orders: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @cutoff        timestamp
--   ?2   lo_open        bool
--   ?3   lo.updated_at  timestamp(6)
--   ?4   lo.updated_at  timestamp(6)
--   ?5   lo.id          int32
--   ?6   hi_open        bool
--   ?7   hi.updated_at  timestamp(6)
--   ?8   hi.updated_at  timestamp(6)
--   ?9   hi.id          int32
/* datamove orders_until_cutoff:orders.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`updated_at` <= ?)
  AND (? OR (`s`.`updated_at` > ? OR (`s`.`updated_at` = ? AND `s`.`id` > ?)))
  AND (? OR (`s`.`updated_at` < ? OR (`s`.`updated_at` = ? AND `s`.`id` <= ?)))
