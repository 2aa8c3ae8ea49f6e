-- datamove plan shop_to_postgres, step 2 of 2: orders: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @since   timestamp
--   ?2   lo_open  bool
--   ?3   lo.id    int64
--   ?4   hi_open  bool
--   ?5   hi.id    int64
/* datamove shop_to_postgres:orders.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
