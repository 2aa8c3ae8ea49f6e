-- datamove plan shard_merge, step 2 of 2: invoices: count_target
-- Runs on the target (mariadb).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   ?1   @id_offset  number
/* datamove shard_merge:invoices.count_target */
SELECT COUNT(*) AS `row_count`
FROM `main`.`invoices` AS `t`
WHERE (`t`.`id` > ?)
