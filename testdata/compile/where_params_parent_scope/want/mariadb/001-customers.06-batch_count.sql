-- datamove plan region_move, step 1 of 3: customers: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @region       string
--   ?2   @active_only  bool
--   ?3   @since        timestamp
--   ?4   lo_open       bool
--   ?5   lo.id         int32
--   ?6   hi_open       bool
--   ?7   hi.id         int32
/* datamove region_move:customers.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`customers` AS `s`
WHERE (((`s`.`region` = ?) AND (`s`.`is_active` OR (NOT ?))) AND (`s`.`created_at` >= ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
