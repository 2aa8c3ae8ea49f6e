-- datamove plan region_move, step 2 of 3: orders: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @region            string
--   ?2   @active_only       bool
--   ?3   @since             timestamp
--   ?4   @excluded_channel  string
--   ?5   lo_open            bool
--   ?6   lo.id              int32
--   ?7   hi_open            bool
--   ?8   hi.id              int32
/* datamove region_move:orders.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
WHERE ((`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE ((`region` = ?) AND (`is_active` OR (NOT ?))) AND (`created_at` >= ?))) AND (`s`.`channel` <> ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
