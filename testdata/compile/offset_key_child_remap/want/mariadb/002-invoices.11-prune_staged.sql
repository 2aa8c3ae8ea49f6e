-- datamove plan shard_merge, step 2 of 2: invoices: prune_staged
-- Runs on the target (mariadb).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   ?1   @id_offset  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   @id_offset  number
--   ?5   hi_open     bool
--   ?6   hi.id       int32
--   ?7   @id_offset  number
--   ?8   @id_offset  number
/* datamove shard_merge:invoices.prune_staged */
DELETE `t` FROM `main`.`invoices` AS `t`
WHERE (`t`.`id` > ?)
  AND (? OR `t`.`id` > (? + ?))
  AND (? OR `t`.`id` <= (? + ?))
  AND NOT EXISTS (
  SELECT 1
  FROM `datamove_stage_invoices` AS `b`
  WHERE `b`.`id` = (`t`.`id` - ?)
)
