-- datamove plan shop_to_postgres, step 1 of 2: customers: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @since   timestamp
--   ?2   lo_open  bool
--   ?3   lo.id    int32 unsigned
--   ?4   hi_open  bool
--   ?5   hi.id    int32 unsigned
/* datamove shop_to_postgres:customers.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`customers` AS `s`
WHERE (`s`.`created_at` >= ?)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
