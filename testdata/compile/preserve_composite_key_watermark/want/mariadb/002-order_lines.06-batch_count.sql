-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @cutoff      timestamp
--   ?2   lo_open      bool
--   ?3   lo.order_id  int32
--   ?4   lo.order_id  int32
--   ?5   lo.line_no   int16
--   ?6   hi_open      bool
--   ?7   hi.order_id  int32
--   ?8   hi.order_id  int32
--   ?9   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`order_lines` AS `s`
WHERE (`s`.`order_id` IN (SELECT `id` FROM `legacy`.`orders` WHERE `updated_at` <= ?))
  AND (? OR (`s`.`order_id` > ? OR (`s`.`order_id` = ? AND `s`.`line_no` > ?)))
  AND (? OR (`s`.`order_id` < ? OR (`s`.`order_id` = ? AND `s`.`line_no` <= ?)))
