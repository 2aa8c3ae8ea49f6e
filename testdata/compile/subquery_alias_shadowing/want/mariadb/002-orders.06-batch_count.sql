-- datamove plan alias_shadowing, step 2 of 3: orders: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:orders.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `s_1`.`id` FROM `legacy`.`customers` AS `s_1` WHERE (`s_1`.`region` = ?) AND (`s_1`.`id` IN (SELECT `s_2`.`customer_id` FROM `legacy`.`orders` AS `s_2` WHERE `s_2`.`id` = `s`.`id`))))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
